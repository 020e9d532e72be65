import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { SECURITY_HEADERS } from './lib/security/security-headers';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // Messages are compiled at build time: no ICU parsing per request (or in the browser).
  experimental: { messages: { format: 'json', path: './messages', locales: 'infer', precompile: true } },
});

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package directory at run time; prom-client
  // keeps one registry per process, which server.ts serves: both are loaded from node_modules, unbundled.
  serverExternalPackages: ['@electric-sql/pglite', 'prom-client'],
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
    return [{ source: '/:path*', headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
