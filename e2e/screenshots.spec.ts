import { expect, test } from '@playwright/test';
import { AGREEMENTS, saveScreenshot } from './fixtures';

const PAGES = ['/en', '/zh', ...AGREEMENTS.map((a) => `/en/agreements/${a.slug}`), '/zh/agreements/kmct-service-agreement', '/en/verify', '/zh/verify'];

// Not a visual-diff test: it asserts the page has no horizontal scroll and saves screenshots for review.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const url of PAGES) {
    test(`screenshot of ${url} (${colorScheme})`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
      await saveScreenshot(page, `${url.replaceAll('/', '_').slice(1)}${colorScheme === 'dark' ? '-dark' : ''}`, testInfo.project.name);
    });
  }
}
