import { expect, type Page, test } from '@playwright/test';
import en from '../messages/en.json' with { type: 'json' };
import zh from '../messages/zh.json' with { type: 'json' };
import { AGREEMENTS, saveScreenshot } from './fixtures';

const KMCT = AGREEMENTS[0].slug;

test.describe('locale detection at /', () => {
  // The browser's locale sets its Accept-Language header.
  for (const [browserLocale, expected] of [
    ['zh-CN', '/zh'],
    ['en-US', '/en'],
    ['fr-FR', '/en'],
  ] as const) {
    test(`a ${browserLocale} browser goes to ${expected}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${expected}$`));
      await context.close();
    });
  }

  test('a remembered choice wins over Accept-Language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: baseURL ?? '' }]);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    await context.close();
  });
});

test('the language switch keeps the page, query and anchor, and remembers the choice', async ({ page }) => {
  await page.goto(`/en/agreements/${KMCT}?mode=normal#clause-ii-2-1`);
  await page.getByRole('list', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(`/zh/agreements/${KMCT}?mode=normal#clause-ii-2-1`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  await expect(page.locator('#clause-ii-2-1')).toBeInViewport();
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh$/);
  await page.getByRole('list', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
});

/** English UI strings that must not appear on a Chinese page (those that differ from their translation). */
function englishOnlyStrings(): string[] {
  const flat = (tree: object): string[] =>
    Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : flat(value as object)));
  const chinese = new Set(flat(zh));
  return flat(en)
    .map((text) => text.replace(/\{[^}]+\}.*$/, '').trim())
    .filter((text) => text.length > 3 && !chinese.has(text) && !/^(English|SHA-256|Markdown)/.test(text))
    // Words of the agreements' own (English-only) titles, which Chinese sentences quote, are not leftovers.
    .filter((text) => !AGREEMENTS.some((agreement) => agreement.title.includes(text)));
}

/** Text of the page outside the agreement text (which keeps its own language). */
const chromeText = (page: Page) =>
  page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang]:not([lang="zh"])').forEach((element) => element.remove());
    clone.querySelectorAll('script').forEach((element) => element.remove());
    return `${clone.textContent ?? ''} ${[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ')}`;
  });

const ZH_PAGES = [
  '/zh',
  `/zh/agreements/${KMCT}`,
  `/zh/agreements/${AGREEMENTS[1].slug}`,
  `/zh/agreements/${KMCT}?mode=pure`,
  '/zh/agreements/nope',
  '/zh/search?q=suspend',
  '/zh/search?q=termnaiton',
  '/zh/signup',
  '/zh/signin',
  '/zh/verify',
];

for (const path of ZH_PAGES) {
  test(`${path} has no English left in its chrome`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    const text = await chromeText(page);
    const leftovers = englishOnlyStrings().filter((english) => text.includes(english));
    expect(leftovers).toEqual([]);
  });
}

test('a Chinese agreement page says the text is English only, and marks the text as English', async ({ page }, testInfo) => {
  await page.goto(`/zh/agreements/${KMCT}`);
  await expect(page.getByRole('note')).toHaveText('本协议仅提供英语版本，以下为英语原文。');
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: '关于此版本' })).toContainText('2020年11月26日');
  await saveScreenshot(page, 'zh-agreement', testInfo.project.name);
  await page.goto(`/en/agreements/${KMCT}`);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'About this version' })).toContainText('November 26, 2020');
});

test('the Chinese home page marks each English-only agreement', async ({ page }, testInfo) => {
  await page.goto('/zh');
  const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) await expect(card.getByText('仅有英语版本')).toBeVisible();
  await saveScreenshot(page, 'zh-home', testInfo.project.name);
  await page.goto('/en');
  await expect(page.getByText('In English only')).toHaveCount(0);
});
