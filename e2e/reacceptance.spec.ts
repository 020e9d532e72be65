import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { createApiKey } from '../lib/api/api-keys';
import { createTestDatabase } from '../test-support/databases';
import { expectNoAxeViolations, saveScreenshot, signUpAcceptingAll } from './fixtures';
import { startServer, stopServer, waitUntilUp } from './server-process';

// A production server of its own, reading a copy of the shipped content, so this test can publish new
// versions with `npm run agreements:publish` and watch them take effect, as an operator would.
const PORT = 3103;
const BASE = `http://127.0.0.1:${PORT}`;
const TERMS = 'product-terms-of-service';
const TERMS_TITLE = 'Kingsoft Cloud Product Terms of Service';
const PASSWORD = 'correct horse battery staple';

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'runs its own server; once is enough'));
test.setTimeout(240_000);

/** An effective moment `seconds` from now, to the second, in the form the publish command takes. */
const secondsFromNow = (seconds: number) => `${new Date(Date.now() + seconds * 1000).toISOString().slice(0, 19)}Z`;

/** The text of a later fixture version, without its frontmatter: what an editor would hand over. */
function fixtureBody(version: string): string {
  const source = readFileSync(path.join('test-fixtures', 'content', 'agreements', TERMS, `${version}.md`), 'utf8');
  return source.slice(source.indexOf('\n---\n', 4) + 5);
}

function publish(contentDir: string, file: string, kind: 'major' | 'minor', effective: string, summary: string): string {
  return execFileSync(
    './node_modules/.bin/tsx',
    ['scripts/publish-agreement.ts', '--content-dir', contentDir, '--slug', TERMS, '--file', file, '--kind', kind, '--effective', effective, '--summary', summary],
    { encoding: 'utf8' },
  );
}

/** Reloads until the check passes: the version takes effect at a moment a few seconds away. */
async function eventually(page: Page, url: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ intervals: [1000], timeout: 60_000 });
}

test('a major change stops a signed-in user until they accept it again; a minor one is only announced', async ({ browser }, testInfo) => {
  const database = await createTestDatabase('postgres');
  const contentDir = mkdtempSync(path.join(tmpdir(), 'accord-content-'));
  cpSync('content', contentDir, { recursive: true });
  const key = await createApiKey(database.db, 'shop');
  const server = startServer(PORT, { DATABASE_URL: database.url ?? '', CONTENT_DIR: contentDir, ACCORD_SECRET: 'reaccept-test-secret-reaccept-test-0001' });
  const api = async (method: string, route: string, body?: object) => {
    const response = await fetch(`${BASE}${route}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const termsStatus = async () => {
    const { body } = await api('GET', '/api/v1/users/h-1/status');
    return (body.agreements as { agreement: string }[]).find((agreement) => agreement.agreement === TERMS);
  };

  try {
    await waitUntilUp(BASE);
    const context = await browser.newContext({ baseURL: BASE });
    const page = await context.newPage();

    // Sign up, accepting the versions in force: 2020-12-31 of the Product Terms.
    await signUpAcceptingAll(page, `reaccept-${Date.now()}@example.com`, PASSWORD);
    // A host service's user accepts the same version through the API.
    expect((await api('POST', '/api/v1/acceptances', { userId: 'h-1', agreement: TERMS, version: '2020-12-31', wording: 'I agree' })).status).toBe(201);

    // Publish a major change, effective in 20 seconds: announced as upcoming, blocking nobody yet.
    const majorFile = path.join(contentDir, 'major.md');
    writeFileSync(majorFile, fixtureBody('2026-02-01'));
    const majorEffective = secondsFromNow(20);
    const major = majorEffective.slice(0, 10);
    expect(publish(contentDir, majorFile, 'major', majorEffective, 'Amendments now need thirty days’ notice.')).toContain(`Published ${TERMS} version ${major}`);
    await eventually(page, `/en/agreements/${TERMS}`, async () => {
      await expect(page.getByRole('note').filter({ hasText: 'A new version' })).toContainText(`A new version, ${major}, takes effect on`, { timeout: 500 });
    });
    await page.goto('/en/account');
    await expect(page).toHaveURL('/en/account');
    expect(await termsStatus()).toMatchObject({ currentVersion: '2020-12-31', changeSinceAccepted: 'none', acceptanceRequired: false });

    // At its effective date it becomes the current version.
    await eventually(page, `/en/agreements/${TERMS}/versions`, async () => {
      await expect(page.getByRole('listitem').filter({ hasText: `Version ${major}` })).toContainText('Current', { timeout: 500 });
    });
    expect(await termsStatus()).toMatchObject({ currentVersion: major, acceptedVersion: '2020-12-31', changeSinceAccepted: 'major', acceptanceRequired: true, versionsSinceAccepted: [major] });

    // Any page that needs the account now stops the user at the interstitial.
    await page.goto('/en/account');
    await expect(page).toHaveURL(`/en/reaccept?next=${encodeURIComponent('/en/account')}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Review the updated agreements' })).toBeVisible();
    const owed = page.getByRole('region', { name: TERMS_TITLE });
    await expect(owed).toContainText(`You accepted version 2020-12-31 on`);
    await expect(owed.getByRole('region', { name: 'Summary of changes' })).toContainText('Amendments now need thirty days’ notice.');
    await expect(owed.locator('ins').filter({ hasText: 'least thirty (30) days’ notice and' })).toBeVisible();
    await expect(page.getByRole('region', { name: /KMCT/ })).toHaveCount(0);
    await saveScreenshot(page, 'reaccept', testInfo.project.name);
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'reaccept-390', testInfo.project.name);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectNoAxeViolations(browser, page.url(), { storageState: await context.storageState() });

    // Going on without ticking the box records nothing and says why.
    await page.getByRole('button', { name: 'Accept and continue' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(`Tick the box to accept the ${TERMS_TITLE}, or sign out.`);
    await page.getByRole('checkbox', { name: `I have read and agree to the ${TERMS_TITLE}, version ${major}.` }).check();
    await page.getByRole('button', { name: 'Accept and continue' }).click();
    await expect(page).toHaveURL('/en/account');
    const termsRecords = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: TERMS_TITLE }) });
    await expect(termsRecords).toHaveCount(2);
    await expect(termsRecords.nth(0)).toContainText('2020-12-31');
    await expect(termsRecords.nth(0)).toContainText('Checkbox at signup');
    await expect(termsRecords.nth(1)).toContainText(major);
    await expect(termsRecords.nth(1)).toContainText('Re-acceptance');

    // The host's user accepts the major version; then a minor change is published.
    expect((await api('POST', '/api/v1/acceptances', { userId: 'h-1', agreement: TERMS, version: major, wording: 'I agree' })).status).toBe(201);
    const minorFile = path.join(contentDir, 'minor.md');
    writeFileSync(minorFile, fixtureBody('2026-06-01'));
    const minorEffective = secondsFromNow(3);
    const minorOutput = publish(contentDir, minorFile, 'minor', minorEffective, 'Corrects a typo in 4.1 (2) g.');
    const minor = /version (\S+) \(minor/.exec(minorOutput)?.[1] ?? '';
    expect(minor).toMatch(/^\d{4}-\d{2}-\d{2}(-\d+)?$/);

    // It blocks nothing: the account page shows a notice the user can dismiss.
    const notice = page.getByRole('region', { name: `${TERMS_TITLE} was updated to version ${minor}` });
    await eventually(page, '/en/account', async () => {
      await expect(notice).toBeVisible({ timeout: 500 });
    });
    await expect(page).toHaveURL('/en/account');
    await expect(notice).toContainText('Corrects a typo in 4.1 (2) g.');
    expect(await termsStatus()).toMatchObject({ currentVersion: minor, acceptedVersion: major, changeSinceAccepted: 'minor', acceptanceRequired: false });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByText('Signed in as')).toBeVisible();
    await expect(notice).toHaveCount(0);
    await context.close();
  } finally {
    stopServer(server);
    rmSync(contentDir, { recursive: true, force: true });
    await database.dispose();
  }
});
