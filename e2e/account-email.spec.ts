import { type Browser, expect, type Page, test } from '@playwright/test';
import { sql } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { createTestDatabase, type TestDatabase } from '../test-support/databases';
import { type SmtpSink, startSmtpSink } from '../test-support/smtp-sink';
import { AGREEMENTS, expectNoAxeViolations, saveScreenshot, signUpAcceptingAll } from './fixtures';
import { startServer, stopServer, waitUntilUp } from './server-process';

// A production server of its own, on PostgreSQL (so the test can age a link), sending email to a real
// SMTP server the test runs. Desktop and phone each run it in turn, on the same port.
const PORT = 3140;
const BASE = `http://127.0.0.1:${PORT}`;
const OLD_PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a brand new passphrase';

let database: TestDatabase;
let sink: SmtpSink;
let server: ReturnType<typeof startServer>;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  database = await createTestDatabase('postgres');
  sink = await startSmtpSink();
  server = startServer(PORT, { DATABASE_URL: database.url ?? '', ACCORD_SECRET: 'reset-test-secret-reset-test-secret-0001', SITE_URL: BASE, SMTP_URL: sink.url, MAIL_FROM: 'Accord <no-reply@accord.test>' });
  await waitUntilUp(BASE);
});

test.afterAll(async () => {
  if (server) stopServer(server);
  await sink?.stop();
  await database?.dispose();
});

const textOf = (message: ParsedMail) => message.text ?? '';
const linkIn = (message: ParsedMail, pattern: RegExp) => textOf(message).match(pattern)?.[0] ?? '';
const mailTo = (address: string) => sink.messages.filter((message) => message.to && 'text' in message.to && message.to.text === address);

async function askForLink(page: Page, email: string, locale: 'en' | 'zh' = 'en') {
  await page.goto(`${BASE}/${locale}/signin`);
  await page.getByRole('link', { name: locale === 'en' ? 'Forgot your password?' : '忘记密码？' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? 'Reset your password' : '重置密码');
  await page.getByLabel(locale === 'en' ? 'Email' : '电子邮箱').fill(email);
  await page.getByRole('button', { name: locale === 'en' ? 'Email me a link' : '发送链接' }).click();
  await expect(page.getByRole('status')).toContainText(email);
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${BASE}/en/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function newPage(browser: Browser, viewport: { width: number; height: number } | null) {
  return (await browser.newContext(viewport ? { viewport } : {})).newPage();
}

test('signing up sends a copy of what was accepted, with links that work', async ({ page, browser }, testInfo) => {
  const email = `copy-${testInfo.project.name}@example.com`;
  await signUpAcceptingAll(page, email, OLD_PASSWORD, BASE);
  const copy = await mailWith(email, 'Your copy: the agreements you accepted');
  for (const agreement of AGREEMENTS) expect(textOf(copy)).toContain(agreement.title);
  expect(textOf(copy)).toMatch(/Fingerprint of the exact text \(SHA-256\): [0-9a-f]{64}/);
  const textLink = linkIn(copy, new RegExp(`${BASE}/en/agreements/${AGREEMENTS[0].slug}/versions/[\\w-]+`));
  const reading = await newPage(browser, null);
  await reading.goto(textLink);
  await expect(reading.getByRole('heading', { level: 1 })).toHaveText(AGREEMENTS[0].title);

  // Attached: a certificate to read and the signed receipt for each agreement; the receipt verifies on /verify.
  const names = copy.attachments.map((attachment) => attachment.filename);
  expect(names).toEqual([expect.stringMatching(/^accord-certificate-\d+\.html$/), expect.stringMatching(/^accord-receipt-\d+\.json$/), expect.stringMatching(/^accord-certificate-\d+\.html$/), expect.stringMatching(/^accord-receipt-\d+\.json$/)]);
  const certificate = copy.attachments[0]?.content.toString('utf8') ?? '';
  expect(certificate).toContain('Certificate of acceptance');
  expect(certificate).toContain(email);
  expect(certificate).toContain(AGREEMENTS[0].title);
  const receipt = copy.attachments[1];
  expect(JSON.parse(receipt?.content.toString('utf8') ?? '')).toMatchObject({ receipt: { record: { agreement: AGREEMENTS[0].slug } } });
  await reading.goto(`${BASE}/en/verify`);
  await reading.getByLabel('Or upload the receipt file').setInputFiles({ name: receipt?.filename ?? 'receipt.json', mimeType: 'application/json', buffer: receipt?.content ?? Buffer.alloc(0) });
  await reading.getByRole('button', { name: 'Verify receipt' }).click();
  await expect(reading.getByRole('status').filter({ hasText: 'verifies' })).toContainText('This receipt verifies.');
  await reading.close();
});

/** Waits for the message to `address` with `subject`. */
async function mailWith(address: string, subject: string): Promise<ParsedMail> {
  await expect.poll(() => mailTo(address).filter((mail) => mail.subject === subject).length, { timeout: 20_000 }).toBe(1);
  return mailTo(address).find((mail) => mail.subject === subject) as ParsedMail;
}

test('forgot password → email → link → new password → sign in; the old password and sessions stop working', async ({ page, browser }, testInfo) => {
  const project = testInfo.project.name;
  const email = `reset-${project}@example.com`;
  // An old session, in another browser, that the reset must end.
  const elsewhere = await newPage(browser, null);
  await signUpAcceptingAll(elsewhere, email, OLD_PASSWORD, BASE);

  await askForLink(page, email);
  await saveScreenshot(page, 'password-reset-link-sent', project);
  const message = await mailWith(email, 'Reset your Accord password');
  expect(textOf(message)).toContain('works once, for 30 minutes');
  const link = linkIn(message, new RegExp(`${BASE}/en/reset-password\\?token=[\\w-]+`));
  expect(link).not.toBe('');

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
  await saveScreenshot(page, 'password-reset-form', project);
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page).toHaveURL(`${BASE}/en/signin?reset=done`);
  await expect(page.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible();
  await saveScreenshot(page, 'password-reset-done', project);

  await signIn(page, email, OLD_PASSWORD);
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(`${BASE}/en/account`);

  // The session from before the reset is over.
  await elsewhere.goto(`${BASE}/en/account`);
  await expect(elsewhere).toHaveURL(/\/en\/signin/);
  await elsewhere.close();

  // The link works once.
  await page.goto(link);
  await page.getByLabel('New password').fill('yet another passphrase');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'expired' })).toHaveText('This link has expired or was already used. Links work once, for a limited time: ask for a new one.');
  await expect(page.getByRole('link', { name: 'Email me a new link' })).toBeVisible();
});

/** An account made in a browser of its own, so that `page` stays signed out. */
async function accountFor(browser: Browser, email: string) {
  const signup = await newPage(browser, null);
  await signUpAcceptingAll(signup, email, OLD_PASSWORD, BASE);
  await signup.context().close();
}

test('the address is confirmed by following the link in the email; the account works before that', async ({ page }, testInfo) => {
  const email = `confirm-${testInfo.project.name}@example.com`;
  await signUpAcceptingAll(page, email, OLD_PASSWORD, BASE);
  await expect(page.getByText(`Signed in as ${email} · address not confirmed yet (the link is in your inbox)`)).toBeVisible();
  const message = await mailWith(email, 'Confirm your email address for Accord');
  const link = linkIn(message, new RegExp(`${BASE}/en/verify-email\\?token=[\\w.-]+`));
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your email address');
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'confirmed' })).toHaveText('Your email address is confirmed. Thank you.');
  await saveScreenshot(page, 'email-confirmed', testInfo.project.name);
  await page.goto(`${BASE}/en/account`);
  await expect(page.getByText(`Signed in as ${email} · address confirmed`)).toBeVisible();
  // A link that is not one of ours.
  await page.goto(`${BASE}/en/verify-email?token=forged`);
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'expired' })).toHaveText('This link has expired or is not valid. Your account still works.');
});

test('an expired link is refused with what to do next', async ({ page, browser }, testInfo) => {
  const email = `expired-${testInfo.project.name}@example.com`;
  await accountFor(browser, email);
  await askForLink(page, email);
  const message = await mailWith(email, 'Reset your Accord password');
  const link = linkIn(message, new RegExp(`${BASE}/en/reset-password\\?token=[\\w-]+`));
  await database.db.execute(sql`UPDATE verification SET expires_at = now() - interval '1 minute' WHERE identifier LIKE 'reset-password:%'`);
  await page.goto(link);
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'expired' })).toBeFocused();
  await saveScreenshot(page, 'password-reset-expired', testInfo.project.name);
});

test('an unknown email gets the same answer, and no email', async ({ page }, testInfo) => {
  const email = `nobody-${testInfo.project.name}@example.com`;
  await askForLink(page, email);
  await expect(page.getByRole('status')).toHaveText(`If an account uses ${email}, a link to choose a new password is on its way. It works once, for 30 minutes. Nothing after a few minutes? Look in your spam folder, or ask again.`);
  // The worker polls every second: give it several.
  await page.waitForTimeout(3000);
  expect(mailTo(email)).toHaveLength(0);
});

test('in Chinese: the page, and the email, speak Chinese', async ({ page, browser }, testInfo) => {
  const email = `zh-${testInfo.project.name}@example.com`;
  await accountFor(browser, email);
  await askForLink(page, email, 'zh');
  await saveScreenshot(page, 'password-reset-link-sent-zh', testInfo.project.name);
  const message = await mailWith(email, '重置您的 Accord 密码');
  expect(textOf(message)).toContain(`${BASE}/zh/reset-password?token=`);
});

test('without email configured, the page says a password cannot be reset by email', async ({ page }) => {
  await page.goto('/en/forgot-password');
  await expect(page.getByText('This Accord cannot send email (none is configured), so a password cannot be reset by email.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Email me a link' })).toHaveCount(0);
});

test('the reset and confirmation pages pass axe', async ({ browser }, testInfo) => {
  // Forms of a single column that only reflow: the phone pass of this suite checks the flows themselves.
  test.skip(testInfo.project.name === 'phone', 'checked at desktop width');
  for (const path of ['/en/forgot-password', '/zh/forgot-password', '/en/reset-password?token=abc', '/en/reset-password', '/en/verify-email?token=abc', '/zh/verify-email']) await expectNoAxeViolations(browser, `${BASE}${path}`);
});
