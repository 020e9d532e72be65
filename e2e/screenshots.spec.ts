import { expect, test } from '@playwright/test';
import { AGREEMENTS, saveScreenshot } from './fixtures';

// Not a visual-diff test: it asserts the page has no horizontal scroll and saves screenshots for review.
for (const url of ['/en', '/zh', ...AGREEMENTS.map((a) => `/en/agreements/${a.slug}`), '/zh/agreements/kmct-service-agreement']) {
  test(`screenshot of ${url}`, async ({ page }, testInfo) => {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
    await saveScreenshot(page, url.replaceAll('/', '_').slice(1), testInfo.project.name);
  });
}
