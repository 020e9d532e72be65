import { expect, test } from '@playwright/test';
import { AGREEMENTS, expectNoAxeViolations, openContentsMenu, saveScreenshot } from './fixtures';

test('the root redirects to the English home page, which lists both agreements', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Agreements' })).toBeVisible();
  for (const agreement of AGREEMENTS) {
    const link = page.getByRole('link', { name: agreement.title });
    await expect(link).toBeVisible();
    await expect(page.getByRole('listitem').filter({ has: link })).toContainText(`Last updated:${agreement.lastUpdated}`);
  }
  const accept = page.getByRole('region', { name: 'Accept the agreements' });
  await expect(accept.getByRole('link', { name: 'Verify a receipt' })).toHaveAttribute('href', '/en/verify');
  await accept.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create your account');
});

test('a reader opens an agreement from the home page and moves to the other one', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('link', { name: AGREEMENTS[0].title }).click();
  await expect(page).toHaveURL(`/en/agreements/${AGREEMENTS[0].slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AGREEMENTS[0].title);
  await expect(page).toHaveTitle(`${AGREEMENTS[0].title} · Accord`);
  await expect(page.getByText(`Last updated:${AGREEMENTS[0].lastUpdated}`)).toBeVisible();

  await openContentsMenu(page);
  const documents = page.getByRole('navigation', { name: 'All documents' }).filter({ visible: true });
  await expect(documents.getByRole('link', { name: AGREEMENTS[0].navTitle })).toHaveAttribute('aria-current', 'page');
  await documents.getByRole('link', { name: AGREEMENTS[1].navTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AGREEMENTS[1].title);
});

test('the page has one h1, headings in order, and landmarks', async ({ page }) => {
  for (const agreement of AGREEMENTS) {
    await page.goto(`/en/agreements/${agreement.slug}`);
    const levels = await page
      .locator('main h1, main h2, main h3, main h4')
      .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.reduce((previous, level) => {
      expect(level - previous, `heading jumps from h${previous} to h${level}`).toBeLessThanOrEqual(1);
      return level;
    }, 1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
  }
});

test('every clause has a stable anchor that the page scrolls to', async ({ page }) => {
  await page.goto('/en/agreements/kmct-service-agreement#clause-ii-2-1');
  const clause = page.locator('#clause-ii-2-1');
  await expect(clause).toContainText('(1) The pricing system ( including the specific prices');
  await expect(clause).toBeInViewport();
  // A clause's one link (and one tab stop) is its link control, to its own anchor.
  await expect(clause.locator(':scope > a')).toHaveCount(1);
  await expect(clause.getByRole('link', { name: 'Copy link to II. 2. (1)' })).toHaveAttribute('href', '#clause-ii-2-1');

  await page.goto('/en/agreements/product-terms-of-service#clause-4-1-2-h');
  await expect(page.locator('#clause-4-1-2-h')).toBeInViewport();
  await expect(page.locator('#clause-4-1-2-h')).toContainText('h. Microsoft disclaims any High Risk Use');
});

test('the page shows the version and its SHA-256', async ({ page }) => {
  await page.goto('/en/agreements/product-terms-of-service');
  const facts = page.getByRole('region', { name: 'About this version' });
  await expect(facts).toContainText('2020-12-31');
  await expect(facts).toContainText('December 31, 2020');
  await expect(facts.locator('code')).toHaveText(/^[0-9a-f]{64}$/);
});

test.describe('bad addresses', () => {
  for (const path of ['/en/agreements/no-such-agreement', '/en/agreements/kmct-service-agreement/extra', '/en/no-such-page', '/zh/agreements/nope']) {
    test(`${path} is a 404 page with a way back`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      // The tab says what happened, in the page's language (in the HTML itself, not set by a script).
      const title = path.startsWith('/zh') ? '页面不存在 · Accord' : 'Page not found · Accord';
      expect(await response?.text()).toContain(`<title>${title}</title>`);
      await expect(page).toHaveTitle(title);
      const back = page.getByRole('link', { name: path.startsWith('/zh') ? '返回全部协议' : 'Back to all agreements' });
      await expect(back).toBeVisible();
      await back.click();
      await expect(page).toHaveURL(/\/(en|zh)$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  for (const path of ['/en/agreements/%E0%A4%A', '/%ZZ', '/en/agreements/%', '/en/%00', '/zh/%0A', '/en/agreements/%ED%A0%80', '/en/agreements/..%2F..%2Fetc%2Fpasswd', '/robots.txt.bak']) {
    test(`malformed ${path} is a 404 with the security headers, never a 500`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain('Page not found');
      expect(response.headers()['x-frame-options']).toBe('DENY');
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    });
  }

  for (const path of ['/api/v1/%E0%A4%A', '/api/v1/agreements/%00', '/api/receipts/%ED%A0%80']) {
    test(`malformed API path ${path} is a 400 problem with the security headers, never a 500`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()['content-type']).toBe('application/problem+json');
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(await response.json()).toMatchObject({ status: 400, title: 'Malformed address' });
    });
  }
});

for (const { locale, title, read } of [
  { locale: 'en', title: 'Only one version so far', read: 'Read version 2020-11-26' },
  { locale: 'zh', title: '目前只有一个版本', read: '阅读版本 2020-11-26' },
]) {
  test(`compare with a single published version says so calmly, with the way to the text (${locale})`, async ({ page, browser }, testInfo) => {
    const url = `/${locale}/agreements/kmct-service-agreement/compare`;
    await page.goto(url);
    const notice = page.getByRole('region', { name: title });
    await expect(notice).toBeVisible();
    // Nothing is wrong: no error box (Next.js's empty route announcer is an alert too).
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
    // Nothing to choose between: no compare form.
    await expect(page.getByRole('button', { name: locale === 'en' ? 'Compare' : '比较' })).toHaveCount(0);
    await saveScreenshot(page, `compare-only-version-${locale}`, testInfo.project.name);
    await notice.getByRole('link', { name: read }).click();
    await expect(page).toHaveURL(`/${locale}/agreements/kmct-service-agreement/versions/2020-11-26`);
    await expectNoAxeViolations(browser, url, { colorScheme: 'dark' });
  });
}
