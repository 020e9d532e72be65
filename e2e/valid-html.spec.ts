import { expect, test } from '@playwright/test';
import { signUpAcceptingAll } from './fixtures';
import { htmlErrors } from './html-validator';

// Issue 17: every page is valid HTML, as the Nu HTML Checker (the W3C's) reads it. The console's
// pages are checked in admin.spec.ts, on the server that has an administrator.
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'the markup is the same for every viewport'));
test.setTimeout(120_000);

const KMCT = 'agreements/kmct-service-agreement';
const PUBLIC_PAGES = [
  '',
  KMCT,
  `${KMCT}?mode=pure`,
  'agreements/product-terms-of-service',
  `${KMCT}/versions`,
  `${KMCT}/versions/2020-11-26`,
  `${KMCT}/compare`,
  'search',
  'search?q=suspend',
  'search?q=%E6%9C%8D%E5%8A%A1&scope=kmct-service-agreement',
  'signup',
  'signin',
  'verify',
  'forgot-password',
  'reset-password?token=abc',
  'verify-email?token=abc',
  'no-such-page',
];

test('every public page, in both languages, and the account page are valid HTML', async ({ page }) => {
  const pages: { name: string; html: string }[] = [];
  for (const locale of ['en', 'zh']) {
    for (const path of PUBLIC_PAGES) {
      const url = `/${locale}${path ? `/${path}` : ''}`;
      const response = await page.request.get(url);
      expect(response.headers()['content-type'], url).toContain('text/html');
      pages.push({ name: url, html: await response.text() });
    }
  }
  await signUpAcceptingAll(page, `valid-html-${Date.now()}@example.com`);
  pages.push({ name: '/en/account', html: await (await page.request.get('/en/account')).text() });
  expect(htmlErrors(pages)).toEqual([]);
});
