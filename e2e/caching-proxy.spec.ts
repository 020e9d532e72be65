import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { cspViolations, signUpAcceptingAll } from './fixtures';
import { stopServer, TEST_RATE_LIMITS } from './server-process';

// Issue 17: `npm run start:proxy` — nginx caching the public pages in front of the app, each response
// with a fresh nonce of its own, nothing personal ever cached — driven as a reader and an operator would.
const PORT = 3130;
const BASE = `http://127.0.0.1:${PORT}`;
const CACHE_SECONDS = 3;
const TERMS = 'product-terms-of-service';
const KMCT = '/en/agreements/kmct-service-agreement';
const PLACEHOLDER = 'QWNjb3JkY2FjaGVub25jZXNs';

test.describe.configure({ mode: 'serial' });
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'runs its own proxy and server; once is enough'));
test.setTimeout(120_000);

let proxy: ChildProcess;
let contentDir: string;

test.beforeAll(async () => {
  if (test.info().project.name !== 'desktop') return;
  contentDir = mkdtempSync(path.join(tmpdir(), 'accord-proxy-content-'));
  cpSync('content', contentDir, { recursive: true });
  proxy = spawn('./node_modules/.bin/tsx', ['scripts/start-proxy.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      PROXY_APP_PORT: String(PORT + 1),
      PROXY_CACHE_SECONDS: String(CACHE_SECONDS),
      CONTENT_DIR: contentDir,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'accord-proxy-data-')),
      ACCORD_RATE_LIMITS: TEST_RATE_LIMITS,
    },
    detached: true,
    stdio: 'ignore',
  });
  await expect.poll(async () => (await fetch(`${BASE}/healthz`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  if (proxy) stopServer(proxy);
});

/** The nonce of a response's policy, and every nonce its HTML carries. */
async function nonces(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${BASE}${url}`, { headers });
  const policy = response.headers.get('content-security-policy') ?? '';
  const html = await response.text();
  return {
    cache: response.headers.get('x-cache-status'),
    policy,
    header: policy.match(/'nonce-([^']+)'/)?.[1],
    body: [...new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1]))],
    html,
  };
}

const PUBLIC_PAGES = ['/en', '/zh', KMCT, `/zh/agreements/${TERMS}`, `/en/agreements/${TERMS}/versions`, `${KMCT}/versions/2020-11-26`, `/en/agreements/${TERMS}/compare`];

test('public pages come from the cache, each response with a fresh nonce in its policy and on its scripts', async () => {
  for (const url of PUBLIC_PAGES) {
    const first = await nonces(url);
    const second = await nonces(url);
    expect(second.cache, url).toBe('HIT');
    for (const answer of [first, second]) {
      expect(answer.header, url).toMatch(/^[0-9a-f]{32}$/);
      expect(answer.body, url).toEqual([answer.header]);
      expect(answer.policy).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}' 'strict-dynamic';/);
      expect(answer.policy).not.toContain('unsafe-inline\' \'strict');
      expect(answer.html + answer.policy).not.toContain(PLACEHOLDER);
    }
    expect(second.header, url).not.toBe(first.header);
  }
});

test('in the browser, through the cache, every script runs and the policy blocks nothing', async ({ page, browser }) => {
  const violations = await cspViolations(page);
  for (let visit = 0; visit < 2; visit++) {
    const response = await page.goto(`${BASE}${KMCT}`);
    if (visit > 0) expect(response?.headers()['x-cache-status']).toBe('HIT');
    // Hydrated (scripts ran), then the search dialog: a lazily loaded chunk and a fetch of the index.
    await page.locator('[data-search-ready]').waitFor();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search the agreements' }).fill('suspend');
    await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
    await page.getByRole('button', { name: 'Close search' }).click();
  }
  // The reading mode is part of the cache key: the pure variant is served to the reader who chose it.
  await page.getByRole('group', { name: 'Reading mode' }).getByRole('button', { name: 'Pure Mode' }).click();
  await expect(page.getByRole('button', { name: 'Pure Mode' })).toHaveAttribute('aria-pressed', 'true');
  for (let visit = 0; visit < 2; visit++) {
    await page.goto(`${BASE}${KMCT}`);
    await expect(page.getByRole('button', { name: 'Pure Mode' })).toHaveAttribute('aria-pressed', 'true');
  }
  const other = await browser.newPage();
  await other.goto(`${BASE}${KMCT}`);
  await expect(other.getByRole('button', { name: 'Normal Mode' })).toHaveAttribute('aria-pressed', 'true');
  await other.close();
  expect(violations).toEqual([]);
});

test('nothing personal is cached: account, signup, sign-in and search answers are never shared', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BASE });
  const page: Page = await context.newPage();
  await signUpAcceptingAll(page, `proxy-${Date.now()}@example.com`);
  const cookie = (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  for (const url of ['/en/account', '/en/signup', '/en/signin', '/en/verify', '/en/search?q=suspend', `${KMCT}?mode=pure`]) {
    for (let request = 0; request < 2; request++) {
      const response = await fetch(`${BASE}${url}`, { headers: { cookie }, redirect: 'manual' });
      expect(response.headers.get('x-cache-status'), url).not.toBe('HIT');
    }
  }
  // The signed-in reader's account page is theirs alone: another reader is sent to sign in.
  const stranger = await fetch(`${BASE}/en/account`, { redirect: 'manual' });
  expect(stranger.status).toBe(307);
  expect(stranger.headers.get('location')).toMatch(/\/en\/signin/);
  await context.close();
});

test('a version that takes effect is served once the cache lifetime has passed', async () => {
  const versionsPage = `/en/agreements/${TERMS}/versions`;
  const source = readFileSync(path.join('test-fixtures', 'content', 'agreements', TERMS, '2026-06-01.md'), 'utf8');
  const file = path.join(contentDir, 'minor.md');
  writeFileSync(file, source.slice(source.indexOf('\n---\n', 4) + 5));
  const effective = `${new Date(Date.now() + 8000).toISOString().slice(0, 19)}Z`;
  const output = execFileSync('./node_modules/.bin/tsx', ['scripts/publish-agreement.ts', '--content-dir', contentDir, '--slug', TERMS, '--file', file, '--kind', 'minor', '--effective', effective, '--summary', 'Corrects a typo.'], { encoding: 'utf8' });
  const version = output.match(/version (\S+)/)?.[1] ?? '';
  const card = (html: string) => html.slice(html.indexOf(`Version ${version}`), html.indexOf(`Version ${version}`) + 400);
  // Announced as upcoming first (the server notices the new lock within seconds; the cache keeps a
  // page at most CACHE_SECONDS).
  await expect.poll(async () => card((await nonces(versionsPage)).html), { timeout: 30_000 }).toContain('Upcoming');
  await expect.poll(async () => (await nonces(versionsPage)).cache).toBe('HIT');
  // Then current, after its effective moment plus at most one cache lifetime.
  await expect.poll(async () => card((await nonces(versionsPage)).html), { timeout: 60_000, intervals: [500] }).toContain('Current');
  expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(effective));
});
