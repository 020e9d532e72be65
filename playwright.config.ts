import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { START_COMMAND, TEST_RATE_LIMITS } from './e2e/server-process';

const PORT = 3100;
/** A second production build of the test-fixture content (npm run build:fixtures). */
const FIXTURES_PORT = 3101;
const isCI = Boolean(process.env.CI);
const FIXTURE_SPECS = /.*\.fixture\.spec\.ts/;
// Each run gets fresh embedded databases (PGlite allows one process per data directory). Set here,
// in the runner's own environment, so the servers and every worker agree on it.
process.env.ACCORD_E2E_RUN ??= `${Date.now()}`;
const dataDir = (name: string) => path.join(tmpdir(), `accord-e2e-${process.env.ACCORD_E2E_RUN}-${name}`);

const server = (port: number, env: Record<string, string> = {}) => ({
  command: `${START_COMMAND.join(' ')} -p ${port} -H 127.0.0.1`,
  url: `http://127.0.0.1:${port}/en`,
  env: { NODE_ENV: 'production', ACCORD_RATE_LIMITS: TEST_RATE_LIMITS, ...env },
  // Server output goes into the test log, so a failure's server-side cause is on record.
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
  reuseExistingServer: !isCI,
  timeout: 60_000,
});

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: isCI,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A failed test keeps its trace (actions, console, network) and a screenshot; DOM snapshots of every
    // step would cost a fifth of the run for every test that passes.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: FIXTURE_SPECS,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      testIgnore: FIXTURE_SPECS,
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
    {
      name: 'fixtures',
      testMatch: FIXTURE_SPECS,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${FIXTURES_PORT}` },
    },
  ],
  webServer: [
    server(PORT, { DATA_DIR: dataDir('main') }),
    server(FIXTURES_PORT, { NEXT_DIST_DIR: '.next-fixtures', CONTENT_DIR: 'test-fixtures/content', DATA_DIR: dataDir('fixtures') }),
  ],
});
