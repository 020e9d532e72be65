import { expect, test } from '@playwright/test';
import { collapseWhitespace, expectedPublishedText } from '../test-support/seed-text';
import { AGREEMENTS, PUBLISHED_LINES } from './fixtures';

for (const agreement of AGREEMENTS) {
  test(`${agreement.navTitle}: the text on the page equals the seed, word for word`, async ({ page }) => {
    await page.goto(`/en/agreements/${agreement.slug}`);
    const article = page.getByRole('article', { name: agreement.title });
    await expect(article).toBeVisible();
    const lines = await article
      .locator(PUBLISHED_LINES)
      .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
    expect(collapseWhitespace(lines.join('\n'))).toBe(expectedPublishedText(agreement.slug, agreement.title));
    // Nothing inside the article is left out of the comparison.
    const whole = await article.evaluate((element) => element.textContent ?? '');
    expect(collapseWhitespace(whole).replace(/\s/g, '')).toBe(collapseWhitespace(lines.join('')).replace(/\s/g, ''));
  });
}
