/**
 * Sent with every response (next.config.ts puts them on everything Next.js answers; server.ts on what
 * it answers itself). Pages get their Content-Security-Policy, with a fresh nonce, from proxy.ts
 * (lib/security/content-security-policy.ts); everything else gets the resource policy below, which
 * proxy.ts replaces on pages.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)',
};
