import { expect, type Page, test } from '@playwright/test';
import lock from '../content/agreements.lock.json' with { type: 'json' };
import { expectNoAxeViolations, saveScreenshot } from './fixtures';

const KMCT = { box: /Kingsoft Cloud Media Cloud Transcoder \(KMCT\) Service Agreement, version 2020-11-26/, hash: lock['kmct-service-agreement']['2020-11-26'].en };
const TERMS = { box: /Kingsoft Cloud Product Terms of Service, version 2020-12-31/, hash: lock['product-terms-of-service']['2020-12-31'].en };
const PASSWORD = 'correct horse battery staple';

const uniqueEmail = () => `person-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function fillSignup(page: Page, email: string, password = PASSWORD, tick = [KMCT, TERMS]) {
  await page.goto('/en/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  for (const agreement of tick) await page.getByRole('checkbox', { name: agreement.box }).check();
}

// Next.js adds its own (empty) route-announcer alert, so alerts are picked by their words.
const errorSummary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Your account was not created' });

const submit = (page: Page) => page.getByRole('button', { name: 'Agree and create account' }).click();

/** Proves no account exists: signing in with these credentials fails. */
async function expectNoAccount(page: Page, email: string) {
  await page.goto('/en/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toHaveText('That email and password do not match an account.');
}

test('signing up with both boxes ticked records two acceptances, shown on the account page', async ({ page }, testInfo) => {
  const email = uniqueEmail();
  const header = page.getByRole('banner');
  await fillSignup(page, email);
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Account' })).toHaveCount(0);
  await saveScreenshot(page, 'signup', testInfo.project.name);
  await submit(page);
  await expect(page).toHaveURL('/en/account?created=1');
  await expect(page.getByRole('status').filter({ hasText: 'created' })).toHaveText('Your account is created, and your acceptance of the agreements is recorded in the ledger.');
  await saveScreenshot(page, 'account-created', testInfo.project.name);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  // The header knows from a hint cookie the browser reads: public pages stay the same for everyone.
  await page.goto('/en/agreements/kmct-service-agreement');
  await expect(header.getByRole('link', { name: 'Account' })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Sign in' })).toHaveCount(0);
  await header.getByRole('link', { name: 'Account' }).click();
  await expect(page).toHaveURL('/en/account');
  const records = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(records).toHaveCount(2);
  await expect(records.nth(0)).toContainText('Kingsoft Cloud Media Cloud Transcoder (KMCT) Service Agreement');
  await expect(records.nth(0)).toContainText(KMCT.hash);
  await expect(records.nth(0)).toContainText('Checkbox at signup');
  await expect(records.nth(1)).toContainText(TERMS.hash);
  await expect(records.nth(1).getByRole('link', { name: 'Read the text you accepted' })).toHaveAttribute('href', '/en/agreements/product-terms-of-service/versions/2020-12-31');
  await saveScreenshot(page, 'account', testInfo.project.name);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/en/signin?signed-out=1');
  await expect(page.getByRole('status').filter({ hasText: 'signed out' })).toHaveText('You are signed out. Sign in again at any time.');
  await saveScreenshot(page, 'signed-out', testInfo.project.name);
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/en/account');
  await expect(page).toHaveURL('/en/signin?next=%2Fen%2Faccount');
});

test('the agreement links open the exact text in a new tab, keeping the form', async ({ page, context }) => {
  await page.goto('/en/signup');
  await page.getByLabel('Email').fill('keep@example.com');
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Read the Service Agreement (opens in a new tab)' }).click()]);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Kingsoft Cloud Media Cloud Transcoder (KMCT) Service Agreement');
  await expect(page.getByLabel('Email')).toHaveValue('keep@example.com');
});

test.describe('nothing is written when', () => {
  test('a box is left unticked', async ({ page }) => {
    const email = uniqueEmail();
    await fillSignup(page, email, PASSWORD, [KMCT]);
    await submit(page);
    const alert = errorSummary(page);
    await expect(alert).toContainText('To create an account, tick the box to accept the Kingsoft Cloud Product Terms of Service.');
    await expect(page.getByRole('checkbox', { name: KMCT.box })).toBeChecked();
    await expect(page.getByLabel('Email')).toHaveValue(email);
    await expectNoAccount(page, email);
  });

  test('the version shown is no longer current', async ({ page }) => {
    const email = uniqueEmail();
    await fillSignup(page, email);
    // The form carries the version it showed; pretend it showed an older one.
    await page.locator('input[name="shown.kmct-service-agreement"]').evaluate((input: HTMLInputElement) => {
      input.value = `2019-01-01|en|${'0'.repeat(64)}`;
    });
    await submit(page);
    await expect(errorSummary(page)).toContainText(
      'The Kingsoft Cloud Media Cloud Transcoder (KMCT) Service Agreement has changed since this page was shown. Read version 2020-11-26, then tick the box to accept it.',
    );
    await expect(page.getByRole('checkbox', { name: KMCT.box })).not.toBeChecked();
    await expectNoAccount(page, email);
  });

  test('the email already has an account', async ({ page, browser }) => {
    const email = uniqueEmail();
    await fillSignup(page, email);
    await submit(page);
    await expect(page).toHaveURL('/en/account?created=1');

    const other = await browser.newContext();
    const second = await other.newPage();
    await fillSignup(second, email);
    await submit(second);
    await expect(errorSummary(second)).toContainText('An account with this email already exists. Sign in instead.');
    await other.close();

    await page.reload();
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(2);
  });

  test('the password is too short, or the email is not one', async ({ page }) => {
    const email = uniqueEmail();
    await fillSignup(page, email, 'short');
    await submit(page);
    await expect(errorSummary(page)).toContainText('Choose a password of at least 10 characters.');
    await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAccount(page, email);

    await fillSignup(page, 'not-an-email');
    await submit(page);
    await expect(errorSummary(page)).toContainText('Enter an email address, like name@example.com.');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form still signs up', async ({ page }) => {
    const email = uniqueEmail();
    await fillSignup(page, email);
    await submit(page);
    await expect(page).toHaveURL('/en/account?created=1');
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  });
});

test('the Chinese signup page speaks Chinese and names the English texts', async ({ page }) => {
  await page.goto('/zh/signup');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('创建账号');
  await expect(page.getByRole('checkbox', { name: /我已阅读并同意《Kingsoft Cloud Product Terms of Service》（版本 2020-12-31）/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '同意并创建账号' })).toBeVisible();
});

test('axe finds no violations on signup, sign-in and a signup with errors', async ({ browser, page }) => {
  await expectNoAxeViolations(browser, '/en/signup');
  await expectNoAxeViolations(browser, '/zh/signup');
  await expectNoAxeViolations(browser, '/en/signin');
  await fillSignup(page, 'not-an-email', 'short', []);
  await submit(page);
  await expect(errorSummary(page)).toBeVisible();
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});
