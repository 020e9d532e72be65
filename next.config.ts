import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * Sent with every response. Pages get their Content-Security-Policy, with a fresh nonce, from proxy.ts
 * (lib/security/content-security-policy.ts); what proxy.ts does not see (API, downloads, files) gets
 * the resource policy below, which proxy.ts replaces on pages.
 */
const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package directory at run time.
  serverExternalPackages: ['@electric-sql/pglite'],
  // Build-time setting (so not in lib/env.ts): the e2e suite builds the test-fixture content into its
  // own directory, beside the real build, with NEXT_DIST_DIR=.next-fixtures.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    // The search index and the sitemap are regenerated at run time (the current versions change at
    // their effective dates): keep them in this process's memory, never over the build's files, which
    // other servers of the same build may be serving from their own content.
    isrFlushToDisk: false,
    // forbidden(): the operator console answers 403 to anyone but an administrator.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
