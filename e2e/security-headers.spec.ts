import { expect, test } from '@playwright/test';
import { cspViolations } from './fixtures';

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'browser-independent'));

const PAGES = ['/en', '/en/agreements/kmct-service-agreement', '/en/search?q=x', '/en/signup', '/en/no-such-page', '/zh/agreements/product-terms-of-service/versions'];
const RESOURCES = ['/api/v1/openapi.json', '/downloads/kmct-service-agreement/2020-11-26.txt', '/search-index/en.json', '/robots.txt'];

for (const path of [...PAGES, ...RESOURCES]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline\' \'strict');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('pages allow only scripts carrying a fresh nonce; other responses allow nothing', async ({ request }) => {
  const policies = await Promise.all([1, 2].map(async () => (await request.get('/en/agreements/kmct-service-agreement')).headers()['content-security-policy'] ?? ''));
  for (const policy of policies) {
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/^ script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'$/);
    expect(policy).toContain("object-src 'none'");
  }
  expect(policies[0]).not.toBe(policies[1]);
  const html = await (await request.get('/en')).text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toMatch(/ nonce="[A-Za-z0-9+/=]{24}"/);
  for (const path of RESOURCES) {
    expect((await request.get(path)).headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  }
});

test('a client cannot ask for the caching proxy\'s shareable page: it gets a nonce of its own', async ({ request }) => {
  // The suite's server trusts no proxy, so server.ts drops the header before the app sees it.
  const responses = await Promise.all([1, 2].map(() => request.get('/en/agreements/kmct-service-agreement', { headers: { 'x-accord-proxy-render': '1' } })));
  const policies = responses.map((response) => response.headers()['content-security-policy'] ?? '');
  expect(policies[0]).not.toBe(policies[1]);
  for (const response of responses) expect(response.headers()['x-accel-expires']).toBeUndefined();
});

test('nothing the app does is blocked by its own policy', async ({ page }) => {
  const violations = await cspViolations(page);
  await page.goto('/en/agreements/kmct-service-agreement');
  // Hydrated (scripts ran), then the search dialog: a lazily loaded chunk and a fetch of the index.
  await page.locator('[data-search-ready]').waitFor();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search the agreements' }).fill('suspend');
  await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'Close search' }).click();
  const mode = page.getByRole('group', { name: 'Reading mode' });
  await mode.getByRole('button', { name: 'Pure Mode' }).click();
  await expect(mode.getByRole('button', { name: 'Pure Mode' })).toHaveAttribute('aria-pressed', 'true');
  await mode.getByRole('button', { name: 'Normal Mode' }).click();
  await page.goto('/en/signup');
  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('button', { name: 'Agree and create account' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your account was not created' })).toBeVisible();
  await page.goto('/en/agreements/product-terms-of-service/compare');
  expect(violations).toEqual([]);
});
