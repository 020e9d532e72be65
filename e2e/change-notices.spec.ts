import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import type { ParsedMail } from 'mailparser';
import { createApiKey } from '../lib/api/api-keys';
import { createTestDatabase } from '../test-support/databases';
import { startSmtpSink } from '../test-support/smtp-sink';
import { signUpAcceptingAll } from './fixtures';
import { startServer, stopServer, waitUntilUp } from './server-process';

// A production server of its own, on a copy of the shipped content and a real SMTP server the test
// runs: an operator publishes a major version effective next month with `npm run agreements:publish`.
const PORT = 3141;
const BASE = `http://127.0.0.1:${PORT}`;
const TERMS = 'product-terms-of-service';
const SUMMARY = 'Amendments now need thirty days’ notice.';

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'runs its own server; once is enough'));
test.setTimeout(180_000);

async function signUpInChinese(page: Page, email: string) {
  await page.goto(`${BASE}/zh/signup`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码', { exact: true }).fill('correct horse battery staple');
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: '同意并创建账号' }).click();
  await expect(page).toHaveURL(`${BASE}/zh/account?created=1`);
}

test('a major version effective in the future: each affected account, and only they, gets one notice in their language', async ({ browser }) => {
  const database = await createTestDatabase('postgres');
  const contentDir = mkdtempSync(path.join(tmpdir(), 'accord-content-'));
  cpSync('content', contentDir, { recursive: true });
  const sink = await startSmtpSink();
  const server = startServer(PORT, { DATABASE_URL: database.url ?? '', CONTENT_DIR: contentDir, ACCORD_SECRET: 'notice-test-secret-notice-test-secret-01', SITE_URL: BASE, SMTP_URL: sink.url });
  const to = (address: string) => sink.messages.filter((message) => message.to && 'text' in message.to && message.to.text === address);
  const notices = (address: string) => to(address).filter((message) => message.subject?.includes('Product Terms of Service'));
  try {
    await waitUntilUp(BASE);
    const english = await browser.newPage();
    await signUpAcceptingAll(english, 'notice-en@example.com', 'correct horse battery staple', BASE);
    const chinese = await browser.newPage();
    await signUpInChinese(chinese, 'notice-zh@example.com');
    // A host service's user, recorded through the API with an address: Accord never writes to them.
    const key = await createApiKey(database.db, 'shop');
    const recorded = await fetch(`${BASE}/api/v1/acceptances`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'h-1', agreement: TERMS, version: '2020-12-31', wording: 'I agree', email: 'host-user@example.com' }),
    });
    expect(recorded.status).toBe(201);
    // Each signup's copy of what was accepted, and the link to confirm the address.
    await expect.poll(() => to('notice-en@example.com').length + to('notice-zh@example.com').length, { timeout: 30_000 }).toBe(4);

    const source = readFileSync(path.join('test-fixtures', 'content', 'agreements', TERMS, '2026-02-01.md'), 'utf8');
    const file = path.join(contentDir, 'major.md');
    writeFileSync(file, source.slice(source.indexOf('\n---\n', 4) + 5));
    const effective = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    execFileSync('./node_modules/.bin/tsx', ['scripts/publish-agreement.ts', '--content-dir', contentDir, '--slug', TERMS, '--file', file, '--kind', 'major', '--effective', effective, '--summary', SUMMARY]);
    // The server sees the new version when it next reads the content: a page view, or its own look every few seconds.
    await english.goto(`${BASE}/en/agreements/${TERMS}`);

    await expect.poll(() => notices('notice-en@example.com').length + notices('notice-zh@example.com').length, { timeout: 60_000 }).toBe(2);
    const [inEnglish] = notices('notice-en@example.com');
    expect(inEnglish?.subject).toBe('Changes to the Kingsoft Cloud Product Terms of Service');
    expect(inEnglish?.text).toContain(`A new version (${effective}) takes effect on ${effective}.`);
    expect(inEnglish?.text).toContain(SUMMARY);
    const [inChinese] = to('notice-zh@example.com').filter((message: ParsedMail) => message.subject?.includes('即将变更'));
    expect(inChinese?.text).toContain(`新版本（${effective}）将于 ${effective} 生效`);

    // The redline link shows the changes from the version the person accepted.
    const redline = inEnglish?.text?.match(new RegExp(`${BASE}/en/agreements/${TERMS}/compare\\?\\S+`))?.[0] ?? '';
    expect(redline).toContain(`from=2020-12-31&to=${effective}`);
    await english.goto(redline);
    await expect(english.getByRole('heading', { level: 1 })).toContainText('Compare');
    expect(inChinese?.text).toContain(`${BASE}/zh/agreements/${TERMS}/compare?from=2020-12-31&to=${effective}`);

    // Someone who signs up now accepts the version the change supersedes: told at once.
    const late = await browser.newPage();
    await signUpAcceptingAll(late, 'notice-late@example.com', 'correct horse battery staple', BASE);
    await expect.poll(() => notices('notice-late@example.com').length, { timeout: 30_000 }).toBe(1);

    // At most once per account and version, however often the app looks again; nothing to the API's user.
    await english.waitForTimeout(12_000);
    expect(notices('notice-en@example.com')).toHaveLength(1);
    expect(to('notice-zh@example.com').filter((message) => message.subject?.includes('即将变更'))).toHaveLength(1);
    expect(to('host-user@example.com')).toHaveLength(0);
  } finally {
    stopServer(server);
    await sink.stop();
    await database.dispose();
    rmSync(contentDir, { recursive: true, force: true });
  }
});
