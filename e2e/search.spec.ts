import { expect, type Page, test } from '@playwright/test';
import { AGREEMENTS, expectNoAxeViolations, saveScreenshot } from './fixtures';

const KMCT = `/en/agreements/${AGREEMENTS[0].slug}`;

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search clauses' });
const searchBox = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the agreements' });
const results = (page: Page) => dialog(page).getByRole('listbox').getByRole('option');
/** Shortcuts work once the page is hydrated; the trigger says so. */
const shortcutsReady = (page: Page) => page.locator('[data-search-ready]').waitFor();

test.describe('search dialog', () => {
  test('Ctrl+K and "/" open it; Escape closes it', async ({ page }) => {
    await page.goto('/en');
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
  });

  test('loads the index only when opened', async ({ page }) => {
    const indexRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search-index/')) indexRequests.push(request.url());
    });
    await page.goto(KMCT);
    await page.waitForLoadState('networkidle');
    expect(indexRequests).toEqual([]);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(dialog(page)).toBeVisible();
    await expect.poll(() => indexRequests.length).toBe(1);
  });

  test('typing shows results with the matched words highlighted, forgiving typos', async ({ page }, testInfo) => {
    await page.goto('/en');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await searchBox(page).fill('suspnd');
    await expect(results(page).first()).toBeVisible();
    await expect(results(page).first().locator('mark').first()).toHaveText(/^suspend/i);
    await expect(dialog(page).getByRole('status')).toContainText(/\d+ clauses found/);
    await expect(dialog(page).getByRole('status')).toContainText('Showing results for suspend');
    await saveScreenshot(page, 'search-dialog', testInfo.project.name);
    await searchBox(page).fill('suspend');
    await expect(results(page).first()).toBeVisible();
    await expect(dialog(page).getByRole('status')).not.toContainText('Showing results for');
  });

  test('each result says where its clause is, without repeating the clause number (en, zh)', async ({ page }, testInfo) => {
    await page.goto('/en');
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    await searchBox(page).fill('"If you release the service or delete the data"');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toHaveText(
      /^Kingsoft Cloud Product Terms of Service › 4\. Product-Specific Terms › 4\.1 Kingsoft Cloud Elastic Compute\(1\) You can delete/,
    );
    await saveScreenshot(page, 'search-dialog-place', testInfo.project.name);
    await page.goto('/zh');
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    const zhDialog = page.getByRole('dialog', { name: '搜索条款' });
    await zhDialog.getByRole('combobox').fill('suspnd');
    await expect(zhDialog.getByRole('status')).toContainText('显示的是“suspend”的结果');
  });

  test('arrow keys and Enter land on the clause, with the matched words marked', async ({ page }) => {
    await page.goto('/en');
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    await searchBox(page).fill('"pirated software"');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/agreements\/kmct-service-agreement\?hl=pirated\+software#clause-iii-7$/);
    await expect(page.locator('#clause-iii-7')).toBeInViewport();
    // The highlighter marks the words once the page has hydrated: wait for it rather than read at once.
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((range) => (range as Range).toString())))
      .toEqual(['pirated', 'software', 'pirated', 'software']);
  });

  test('on an agreement page it searches the Current Document, and All Documents on request', async ({ page }) => {
    await page.goto(KMCT);
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    const current = dialog(page).getByRole('button', { name: 'Current Document' });
    await expect(current).toHaveAttribute('aria-pressed', 'true');
    await searchBox(page).fill('Kingsoft Cloud');
    await expect(results(page).first()).toBeVisible();
    await expect(results(page).filter({ hasText: 'Product Terms of Service' })).toHaveCount(0);
    await dialog(page).getByRole('button', { name: 'All Documents' }).click();
    await expect(results(page).filter({ hasText: 'Product Terms of Service' }).first()).toBeVisible();
  });

  test('says "Content is empty" and offers a near miss', async ({ page }) => {
    await page.goto('/en');
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    await searchBox(page).fill('termnaiton');
    await expect(dialog(page).getByText('Content is empty')).toBeVisible();
    await expect(dialog(page).getByText("If you don't find the content you expect, please try another search term")).toBeVisible();
    await dialog(page).getByRole('button', { name: 'termination' }).click();
    await expect(searchBox(page)).toHaveValue('termination');
    await expect(results(page).first()).toBeVisible();
  });

  test('axe finds no violations with the dialog open', async ({ page }) => {
    await page.goto(KMCT);
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    await searchBox(page).fill('charges');
    await expect(results(page).first()).toBeVisible();
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  });

  test('from an agreement, the scope is named, and words only the other agreement has are one click away', async ({ page }, testInfo) => {
    await page.goto(KMCT);
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    const scope = dialog(page).getByRole('group', { name: 'Search in' });
    await expect(scope).toBeVisible();
    await expect(scope.getByRole('button', { name: 'Current Document' })).toHaveAttribute('aria-pressed', 'true');
    await searchBox(page).fill('"written notice"');
    await expect(dialog(page).getByText('Nothing in this document')).toBeVisible();
    await saveScreenshot(page, 'search-dialog-elsewhere', testInfo.project.name);
    await dialog(page).getByRole('button', { name: 'Search all documents' }).click();
    await expect(scope.getByRole('button', { name: 'All Documents' })).toHaveAttribute('aria-pressed', 'true');
    await expect(results(page).first()).toContainText('Kingsoft Cloud Product Terms of Service');
  });

  test('empty, it says what to type and offers words to try, in either language', async ({ page }, testInfo) => {
    await page.goto('/en');
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    await expect(dialog(page).getByText('Search every clause by a word or a phrase; small typos are fine. Try:')).toBeVisible();
    await saveScreenshot(page, 'search-dialog-start', testInfo.project.name);
    await dialog(page).getByRole('button', { name: 'fees' }).click();
    await expect(dialog(page).getByRole('combobox')).toHaveValue('fees');
    await expect(results(page).first()).toBeVisible();
    await page.goto('/zh');
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: '搜索条款' }).getByText('按词语搜索所有条款')).toBeVisible();
    await expect(page.getByRole('dialog', { name: '搜索条款' }).getByRole('button', { name: 'personal data' })).toBeVisible();
  });

  test('a Chinese query over the English-only texts says why nothing matches (zh)', async ({ page }) => {
    await page.goto('/zh');
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    const zhDialog = page.getByRole('dialog', { name: '搜索条款' });
    await zhDialog.getByRole('combobox').fill('暂停服务');
    await expect(zhDialog.getByText('协议文本仅以英文发布')).toBeVisible();
  });
});

test.describe('search page (works without JavaScript)', () => {
  test.use({ javaScriptEnabled: false });

  test('finds clauses within a scope and links to them', async ({ page }) => {
    await page.goto('/en/search');
    await page.getByRole('searchbox', { name: 'Search the agreements' }).fill('suspnd');
    await page.getByRole('radio', { name: 'Service Agreement' }).check();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=suspnd&scope=kmct-service-agreement$/);
    const hits = page.getByRole('region', { name: /clauses? found/ }).getByRole('link');
    await expect(hits.first()).toBeVisible();
    await expect(hits.filter({ hasText: 'Product Terms' })).toHaveCount(0);
    await expect(hits.first().locator('mark').first()).toHaveText(/^suspend/i);
    await expect(page.getByText('Showing results for suspend')).toBeVisible();
    await hits.first().click();
    await expect(page).toHaveURL(/\/en\/agreements\/kmct-service-agreement\?hl=suspend#clause-/);
  });

  test('shows the empty state with a suggestion link', async ({ page }) => {
    await page.goto('/en/search?q=termnaiton');
    await expect(page.getByText('Content is empty')).toBeVisible();
    await page.getByRole('link', { name: 'termination' }).click();
    await expect(page).toHaveURL(/q=termination/);
    await expect(page.getByRole('region', { name: /clauses found/ }).getByRole('link').first()).toBeVisible();
  });

  test('a Chinese query over the English-only texts says to search in English (zh)', async ({ page }) => {
    await page.goto(`/zh/search?q=${encodeURIComponent('暂停服务')}`);
    await expect(page.getByText('协议文本仅以英文发布，请用英文词语搜索')).toBeVisible();
  });

  for (const [query, message] of [
    ['', 'Type a word, or a "quoted phrase", to search the clauses.'],
    ['?q=%3F%21%2A%26', 'Your search has no letters or numbers to look for. Type a word instead.'],
    [`?q=${'suspend '.repeat(40)}`, 'Your search was longer than 200 characters, so only its first 200 were used.'],
    ['?q=suspend&scope=../../etc', 'There is no document called "../../etc", so all documents were searched.'],
  ] as const) {
    test(`explains bad input: /en/search${query.slice(0, 24)}`, async ({ page }) => {
      const response = await page.goto(`/en/search${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByText(message)).toBeVisible();
    });
  }
});

test('axe finds no violations on the search page, with results and empty', async ({ browser }) => {
  await expectNoAxeViolations(browser, '/en/search?q=charges');
  await expectNoAxeViolations(browser, '/zh/search?q=termnaiton');
});
