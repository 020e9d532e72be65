import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * Sent with every response. The Content-Security-Policy here locks framing, plugins, <base> and form
 * targets; restricting scripts needs per-page hashes or nonces for Next's inline scripts (issue 10).
 */
const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'" },
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
    // Pages regenerated at run time (the current version changes at effective dates) stay in this
    // process's memory instead of overwriting the build's files: each server renders from its own
    // content directory, and the build stays as built.
    isrFlushToDisk: false,
    // forbidden(): the operator console answers 403 to anyone but an administrator.
    authInterrupts: true,
  },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
