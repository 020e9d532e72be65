import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Server-only modules are tested in Node directly; the guard matters only to the Next bundler.
      'server-only': path.resolve(import.meta.dirname, 'test-support', 'server-only.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'messages/**/*.test.ts', 'i18n/**/*.test.ts', 'test-support/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test-support/vitest-setup.ts'],
    env: {
      ACCORD_SECRET: 'vitest-only-secret-not-used-anywhere-else-000',
      // The fuzz and API tests make thousands of requests as one host; the limits have tests of their own.
      ACCORD_RATE_LIMITS: 'api=1000000/60,api-auth=1000000/60',
    },
    testTimeout: 20_000,
  },
});
