import { execFileSync } from 'node:child_process';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { createApiKey } from '../lib/api/api-keys';
import { createTestDatabase, type TestDatabase } from '../test-support/databases';
import { expectNoAxeViolations, saveScreenshot, signUpAcceptingAll } from './fixtures';
import { htmlErrors } from './html-validator';
import { startServer, stopServer, waitUntilUp } from './server-process';

// The operator console on a server of its own, on PostgreSQL, so the admin:grant command can run
// beside it as an operator would run it.
const PORT = 3104;
const BASE = `http://127.0.0.1:${PORT}`;
const TERMS = 'product-terms-of-service';
const PASSWORD = 'correct horse battery staple';
const RUN = Date.now();
const ADMIN_EMAIL = `ops-${RUN}@example.com`;
const CUSTOMER_EMAIL = `customer-${RUN}@example.com`;
const API_RECORDS = 60;
const TOTAL = API_RECORDS + 4;

test.describe.configure({ mode: 'serial' });
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'runs its own server; once is enough'));
test.setTimeout(120_000);

let database: TestDatabase;
let server: ReturnType<typeof startServer>;
let admin: BrowserContext;
let customer: BrowserContext;

async function signUp(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: BASE });
  const page = await context.newPage();
  await signUpAcceptingAll(page, email, PASSWORD);
  await page.close();
  return context;
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /record/ });
const rows = (page: Page) => page.getByRole('region', { name: 'Acceptance records' }).getByRole('row').filter({ has: page.getByRole('cell') });

test.beforeAll(async ({ browser }) => {
  if (test.info().project.name !== 'desktop') return;
  database = await createTestDatabase('postgres');
  server = startServer(PORT, { DATABASE_URL: database.url ?? '', ACCORD_SECRET: 'admin-test-secret-admin-test-secret-0001' });
  await waitUntilUp(BASE);
  admin = await signUp(browser, ADMIN_EMAIL);
  customer = await signUp(browser, CUSTOMER_EMAIL);
  // A host service records acceptances through the API: even ones for the Product Terms.
  const key = await createApiKey(database.db, 'shop');
  for (let n = 0; n < API_RECORDS; n++) {
    const even = n % 2 === 0;
    const response = await fetch(`${BASE}/api/v1/acceptances`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: `h-${n}`, agreement: even ? TERMS : 'kmct-service-agreement', version: even ? '2020-12-31' : '2020-11-26', wording: 'I agree', email: `h${n}@example.com` }),
    });
    expect(response.status).toBe(201);
  }
});

test.afterAll(async () => {
  if (test.info().project.name !== 'desktop') return;
  await admin?.close();
  await customer?.close();
  stopServer(server);
  await database.dispose();
});

test('only administrators get in: others are sent to sign in, or get a 403 that shows nothing', async ({ browser }) => {
  const anonymous = await browser.newPage({ baseURL: BASE });
  await anonymous.goto('/en/admin');
  await expect(anonymous).toHaveURL('/en/signin?next=%2Fen%2Fadmin');

  const page = await admin.newPage();
  const before = await page.goto('/en/admin');
  expect(before?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administrators only');
  await expect(page.getByRole('table')).toHaveCount(0);
  expect((await page.request.get('/api/admin/export?format=csv')).status()).toBe(403);

  // The operator grants the role from the command line.
  const output = execFileSync('./node_modules/.bin/tsx', ['scripts/admin-grant.ts', ADMIN_EMAIL], { env: { ...process.env, DATABASE_URL: database.url ?? '' }, encoding: 'utf8' });
  expect(output).toContain(`${ADMIN_EMAIL} is an administrator`);
  expect(() => execFileSync('./node_modules/.bin/tsx', ['scripts/admin-grant.ts', 'nobody@example.com'], { env: { ...process.env, DATABASE_URL: database.url ?? '' }, stdio: 'pipe' })).toThrow(/No account has the email/);

  const after = await page.goto('/en/admin');
  expect(after?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Acceptance records' })).toBeVisible();
  await page.close();

  // Signing in goes where the administrator was going, not to the account page.
  await anonymous.goto('/en/admin/stats');
  await expect(anonymous).toHaveURL('/en/signin?next=%2Fen%2Fadmin%2Fstats');
  await anonymous.getByLabel('Email').fill(ADMIN_EMAIL);
  await anonymous.getByLabel('Password', { exact: true }).fill(PASSWORD);
  const show = anonymous.getByRole('button', { name: 'Show password' });
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(anonymous.getByLabel('Password', { exact: true })).toHaveAttribute('type', 'text');
  await anonymous.getByRole('button', { name: 'Sign in' }).click();
  await expect(anonymous).toHaveURL('/en/admin/stats');
  await anonymous.close();
});

test('records are listed newest first, fifty to a page, and filtered', async ({}, testInfo) => {
  const page = await admin.newPage();
  await page.goto('/en/admin');
  await expect(status(page)).toHaveText(`Showing 50 records, #${TOTAL} to #${TOTAL - 49}, newest first.`);
  await expect(rows(page)).toHaveCount(50);
  await saveScreenshot(page, 'admin-records', testInfo.project.name);
  await page.getByRole('link', { name: 'Next page (older records)' }).click();
  await expect(status(page)).toHaveText(`Showing ${TOTAL - 50} records, #${TOTAL - 50} to #1, newest first.`);
  await expect(page.getByRole('link', { name: 'Next page (older records)' })).toHaveCount(0);
  await page.getByRole('link', { name: 'First page' }).click();
  await expect(rows(page)).toHaveCount(50);

  await page.getByLabel('Agreement', { exact: true }).selectOption({ label: 'Product Terms of Service' });
  await page.getByLabel('Method', { exact: true }).selectOption({ label: 'Through the API' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/agreement=product-terms-of-service&version=&method=api/);
  await expect(rows(page)).toHaveCount(API_RECORDS / 2);
  for (const text of await rows(page).allInnerTexts()) expect(text).toMatch(/product-terms-of-service\s+2020-12-31\s+Through the API/);

  await page.goto(`/en/admin?email=H7%40example.com`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('h7@example.com');

  await page.goto('/en/admin?from=2026-13-01&method=fax');
  await expect(page.getByRole('alert').filter({ hasText: 'filter fields are wrong' })).toHaveText('2 filter fields are wrong and were left out: see below.');
  await expect(page.getByText('From (UTC day) is not a real date.')).toBeVisible();
  await expect(page.getByText('Method is not a known method.')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/admin');
  await saveScreenshot(page, 'admin-records-390', testInfo.project.name);
  await page.close();
});

test('exports hold exactly the filtered records, against a signed checkpoint', async () => {
  const page = await admin.newPage();
  await page.goto(`/en/admin?agreement=${TERMS}&method=api`);
  const csvHref = await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href');
  const csv = await page.request.get(csvHref ?? '');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['accord-checkpoint-size']).toBe(String(TOTAL));
  expect(csv.headers()['content-disposition']).toBe(`attachment; filename="accord-acceptances-upto-${TOTAL}.csv"`);
  const lines = (await csv.text()).trimEnd().split('\r\n');
  expect(lines[0]).toBe('seq,id,recordedAt,userId,agreement,version,language,method,contentSha256,email,ipAddress,userAgent,erasedAt');
  expect(lines).toHaveLength(API_RECORDS / 2 + 1);
  for (const line of lines.slice(1)) expect(line.split(',').slice(4, 8)).toEqual([TERMS, '2020-12-31', 'en', 'api']);

  const jsonl = await page.request.get((await page.getByRole('link', { name: 'Export as JSON Lines' }).getAttribute('href')) ?? '');
  const [head, ...records] = (await jsonl.text()).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(head).toMatchObject({ checkpoint: { size: TOTAL, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) }, signature: expect.any(String) });
  expect(records).toHaveLength(API_RECORDS / 2);
  expect(new Set(records.map((record) => `${record.agreement}|${record.method}`))).toEqual(new Set([`${TERMS}|api`]));

  const bad = await page.request.get('/api/admin/export?format=xml');
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toMatchObject({ errors: [{ field: 'format', message: 'must be "csv" or "jsonl"' }] });
  await page.close();
});

test('statistics per version, and a chart of acceptances per day with its table', async ({}, testInfo) => {
  const page = await admin.newPage();
  await page.goto('/en/admin/stats');
  const terms = page.getByRole('region', { name: 'Acceptances per version of the Kingsoft Cloud Product Terms of Service' });
  await expect(terms.getByRole('row', { name: /2020-12-31/ })).toContainText(`${API_RECORDS / 2 + 2}`);
  await expect(page.getByText('No user must accept a newer version.').first()).toBeVisible();
  const chart = page.getByRole('img', { name: 'Acceptances per day, last 30 days' });
  await expect(chart).toBeVisible();
  const today = new Date().toISOString().slice(0, 10);
  const table = page.getByRole('region', { name: 'Acceptances per day, as a table' });
  await expect(table.getByRole('row', { name: today })).toContainText(String(TOTAL));
  await expect(table.getByRole('row')).toHaveCount(31);
  await saveScreenshot(page, 'admin-stats', testInfo.project.name);
  await page.close();
});

test('erasing a user keeps the ledger verifying; every action is in the audit log', async ({ browser }, testInfo) => {
  const page = await admin.newPage();
  await page.goto('/en/admin/verify');
  await page.getByRole('button', { name: 'Verify now' }).click();
  const result = page.getByRole('region', { name: 'The ledger verifies' });
  await expect(result).toContainText(new RegExp(`${TOTAL} records checked in \\d+ ms\\.`));
  // The signed checkpoints of the tree, and how to audit it from outside.
  const checkpoints = page.getByRole('region', { name: 'Published checkpoints' });
  await expect(checkpoints.getByRole('listitem').first()).toContainText(/\d+ records?, published/);
  await expect(checkpoints).toContainText('npm run ledger:monitor -- ');

  await page.goto(`/en/admin?email=${encodeURIComponent(CUSTOMER_EMAIL)}`);
  await expect(rows(page)).toHaveCount(2);
  await rows(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Record #\d+$/);
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText(CUSTOMER_EMAIL);
  await expect(page.getByRole('region', { name: 'Position in the ledger' })).toContainText('This record verifies.');
  await page.getByRole('button', { name: 'Erase personal data' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Tick the box' })).toHaveText('Tick the box to confirm the erasure; nothing was erased.');
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText(CUSTOMER_EMAIL);
  await page.getByLabel('I understand that this user\'s personal data will be erased for good.').check();
  await page.getByRole('button', { name: 'Erase personal data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'erased' })).toHaveText('Personal data erased from 2 records. The ledger is unchanged.');
  await expect(page.getByRole('region', { name: 'Evidence' })).not.toContainText(CUSTOMER_EMAIL);
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText('Erased on');
  await expect(page.getByRole('region', { name: 'Position in the ledger' })).toContainText('This record verifies.');
  await saveScreenshot(page, 'admin-record', testInfo.project.name);
  // The customer's receipt for this record, fetched after the erasure, still verifies.
  const recordId = (await page.getByRole('region', { name: 'Evidence' }).getByRole('definition').first().innerText()).trim();
  const receipt = await customer.request.get(`/api/receipts/${recordId}`);
  expect(receipt.status()).toBe(200);
  const check = await customer.newPage();
  await check.goto('/en/verify');
  await check.getByLabel('Paste the receipt').fill(await receipt.text());
  await check.getByRole('button', { name: 'Verify receipt' }).click();
  await expect(check.getByRole('status').filter({ hasText: 'verifies' })).toContainText('This receipt verifies.');
  await check.close();
  await page.goto('/en/admin?agreement=kmct-service-agreement&method=signup-checkbox');
  await expect(rows(page).filter({ hasText: 'Erased' })).toHaveCount(1);

  await page.goto('/en/admin/verify');
  await page.getByRole('button', { name: 'Verify now' }).click();
  // The first run's result is on the page already: wait for this run to be done, which makes that one earlier.
  await expect(page.getByRole('region', { name: 'Earlier runs' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'The ledger verifies' })).toContainText(`${TOTAL} records checked`);

  await page.goto('/en/admin/audit');
  const actions = page.getByRole('region', { name: 'Audit log' }).getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(actions.locator('td:nth-child(3)')).toHaveText(['Verification', 'Erasure', 'Verification', 'Export', 'Export']);
  await expect(actions.nth(1)).toContainText('"recordsErased":2');
  await expect(actions).not.toContainText([CUSTOMER_EMAIL]);

  for (const path of ['/en/admin', '/en/admin/stats', '/en/admin/verify', '/en/admin/audit', '/zh/admin']) {
    await expectNoAxeViolations(browser, `${BASE}${path}`, { storageState: await admin.storageState() });
  }
  await page.close();
});

test('every console page is valid HTML', async () => {
  const paths = ['/en/admin', '/en/admin?from=2026-13-01&method=fax', '/en/admin/records/1', '/en/admin/stats', '/en/admin/verify', '/en/admin/audit', '/zh/admin', '/zh/admin/records/2'];
  const pages = await Promise.all(paths.map(async (path) => ({ name: path, html: await (await admin.request.get(path)).text() })));
  expect(htmlErrors(pages)).toEqual([]);
});
