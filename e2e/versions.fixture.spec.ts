import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, saveScreenshot } from './fixtures';

// The fixture content has four versions of the Product Terms: 2020-12-31 (first), 2026-02-01 (major),
// 2026-06-01 (minor, in force) and 2099-01-01 (major, upcoming); and a minor 2026-03-01 of the KMCT
// agreement, with a Chinese text.
const TERMS = '/en/agreements/product-terms-of-service';
const COMPARE_MAJOR = `${TERMS}/compare?from=2020-12-31&to=2026-02-01`;

const versionCards = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: /^Version / }) });
const problem = (page: Page) => page.getByRole('alert').filter({ hasText: 'cannot be compared' });
const changeRow = (page: Page, tag: string | RegExp) => page.getByRole('listitem').filter({ has: page.getByText(tag, { exact: true }) });

test('the history lists every version, newest first, with its status, kind and summary', async ({ page }, testInfo) => {
  await page.goto(`${TERMS}/versions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Version history' })).toBeVisible();
  const cards = versionCards(page);
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText(['Version 2099-01-01', 'Version 2026-06-01', 'Version 2026-02-01', 'Version 2020-12-31']);
  await expect(cards.nth(0)).toContainText('Upcoming');
  await expect(cards.nth(0)).toContainText('Major change');
  await expect(cards.nth(1)).toContainText('Current');
  await expect(cards.nth(1)).toContainText('Minor change');
  await expect(cards.nth(1)).toContainText('Corrects a typo in 4.1 (2) g.');
  await expect(cards.nth(2)).toContainText('Superseded');
  await expect(cards.nth(2)).toContainText('Effective');
  await expect(cards.nth(2)).toContainText('February 1, 2026');
  await expect(cards.nth(2)).toContainText('2026-01-05 10:00:00');
  await expect(cards.nth(3)).toContainText('The first published version.');
  await saveScreenshot(page, 'versions-history', testInfo.project.name);

  await cards.nth(2).getByRole('link', { name: 'Compare with version 2020-12-31' }).click();
  await expect(page).toHaveURL(COMPARE_MAJOR);
});

test('a superseded version is shown exactly, under a banner that links to the current one', async ({ page }) => {
  await page.goto(`${TERMS}/versions/2020-12-31`);
  const banner = page.getByRole('note').filter({ hasText: 'no longer in force' });
  await expect(banner).toContainText('You are reading version 2020-12-31, which is no longer in force.');
  await expect(banner).toContainText('The version in force now is 2026-06-01.');
  await expect(page.getByText('1.4 You acknowledge and agree that Kingsoft Cloud may amend the Product Terms at any time by posting')).toBeVisible();
  await expect(page.getByText('Version 2020-12-31').first()).toBeVisible();
  await banner.getByRole('link', { name: 'Read the current version' }).click();
  await expect(page).toHaveURL(TERMS);
  await expect(page.getByText('Last updated:2026-05-20 09:30:00')).toBeVisible();
});

test('the current version announces the upcoming one, which has its own page', async ({ page }) => {
  await page.goto(TERMS);
  const notice = page.getByRole('note').filter({ hasText: 'A new version' });
  await expect(notice).toContainText('A new version, 2099-01-01, takes effect on January 1, 2099.');
  await expect(notice).toContainText('The CDN service continues for seven days');
  await notice.getByRole('link', { name: 'Read version 2099-01-01' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'takes effect' })).toContainText('You are reading version 2099-01-01, which takes effect on January 1, 2099.');
  await page.getByRole('link', { name: 'Compare 2026-06-01 with 2099-01-01' }).click();
  await expect(page).toHaveURL(`${TERMS}/compare?from=2026-06-01&to=2099-01-01`);
  await expect(page.locator('ins').filter({ hasText: 'seven (7) days' })).toBeVisible();
});

test('the compare page shows a clause-level redline, with only the changes or the full text', async ({ page }, testInfo) => {
  await page.goto(COMPARE_MAJOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare versions' })).toBeVisible();
  await expect(page.getByLabel('From (older)')).toHaveValue('2020-12-31');
  await expect(page.getByLabel('To (newer)')).toHaveValue('2026-02-01');
  await expect(page.getByRole('region', { name: 'Summary of changes' })).toContainText('Amendments now need thirty days');
  const totals = page.getByRole('definition');
  await expect(totals).toHaveText(['1', '1', '1', '1', '6']);

  // Changed in place: word-level insertions and deletions, as <ins> and <del>.
  const amended = changeRow(page, 'Changed');
  await expect(amended).toHaveCount(1);
  await expect(amended.locator('del')).toHaveText(['any time']);
  await expect(amended.locator('ins')).toHaveText(['by giving you ', 'least thirty (30) days’ notice and']);
  // Added, removed, moved (with where it came from) and renumbered clauses are each labelled in words.
  await expect(changeRow(page, 'Added').locator('ins')).toContainText('You must keep your account credentials confidential');
  await expect(changeRow(page, 'Removed').locator('del')).toContainText('You may not transfer outside the Services any software');
  await expect(changeRow(page, 'Moved from 3.9')).toContainText('2.4 Kingsoft Cloud shall have the right to assign');
  const renumbered = changeRow(page, 'Renumbered from 2.2');
  await expect(renumbered.locator('del')).toHaveText('2.2');
  await expect(renumbered.locator('ins')).toHaveText('2.3');
  // Counts per section; sections without changes are left out of this view.
  await expect(page.getByRole('region', { name: '2. Contracting Entity and Account' })).toContainText('3 changes');
  await expect(page.getByRole('region', { name: /^4\. Product-Specific Terms/ })).toHaveCount(0);
  const unchanged = page.getByText('1.1 These Product Terms apply to your purchase');
  await expect(unchanged).toHaveCount(0);
  await saveScreenshot(page, 'versions-compare', testInfo.project.name);
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, 'versions-compare-390', testInfo.project.name);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'Full text' }).click();
  await expect(page).toHaveURL(`${COMPARE_MAJOR}&view=full`);
  await expect(page.getByRole('link', { name: 'Full text' })).toHaveAttribute('aria-current', 'page');
  await expect(unchanged).toBeVisible();
  await expect(page.getByRole('region', { name: /^4\. Product-Specific Terms/ })).toContainText('No changes');
  await expect(changeRow(page, 'Changed')).toHaveCount(1);
});

test('the compare form works with the keyboard and in Chinese', async ({ page }) => {
  await page.goto('/zh/agreements/kmct-service-agreement/compare');
  // Without a choice it compares the version in force with the one before it.
  await expect(page.getByLabel('起始版本（较早）')).toHaveValue('2020-11-26');
  await expect(page.getByLabel('目标版本（较新）')).toHaveValue('2026-03-01');
  await expect(page.locator('ins')).toHaveText(['（每周七天，每天二十四小时）']);
  await page.getByLabel('起始版本（较早）').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/compare\?from=2020-11-26&to=2026-03-01&view=changes$/);
});

test('the compare page works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${TERMS}/compare`);
  await page.getByLabel('From (older)').selectOption('2020-12-31');
  await page.getByLabel('To (newer)').selectOption('2026-06-01');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(`${TERMS}/compare?from=2020-12-31&to=2026-06-01&view=changes`);
  await expect(page.getByRole('region', { name: 'Summary of changes' })).toContainText('Corrects a typo');
  await expect(page.locator('del').filter({ hasText: 'it’s' })).toBeVisible();
  await page.getByRole('link', { name: 'Full text' }).click();
  await expect(page.getByText('1.1 These Product Terms apply to your purchase')).toBeVisible();
  await context.close();
});

test.describe('bad comparisons get a clear message, never an error page', () => {
  for (const [query, message] of [
    ['from=1999-01-01&to=2026-02-01', '“From” names version “1999-01-01”, which this agreement does not have. Choose one from the list.'],
    ['from=2020-12-31&to=latest', '“To” names version “latest”, which this agreement does not have. Choose one from the list.'],
    ['from=2026-02-01&to=2026-02-01', '“From” and “To” are both version 2026-02-01. Choose two different versions.'],
    ['from=2026-06-01&to=2020-12-31', '“From” must be the older version, but 2026-06-01 is newer than 2020-12-31.'],
    [`from=${'x'.repeat(300)}&to=2026-02-01`, `“From” names version “${'x'.repeat(100)}”`],
    ['from=%3Cscript%3E&to=2026-02-01', '“From” names version “<script>”'],
  ] as const) {
    test(`?${query.slice(0, 60)}`, async ({ page }) => {
      const response = await page.goto(`${TERMS}/compare?${query}`);
      expect(response?.status()).toBe(200);
      await expect(problem(page)).toContainText(message);
      await expect(page.locator('ins, del')).toHaveCount(0);
    });
  }

  test('the swap link fixes a reversed comparison', async ({ page }) => {
    await page.goto(`${TERMS}/compare?from=2026-06-01&to=2020-12-31`);
    await problem(page).getByRole('link', { name: 'Compare 2020-12-31 with 2026-06-01 instead' }).click();
    await expect(page).toHaveURL(`${TERMS}/compare?from=2020-12-31&to=2026-06-01`);
    await expect(problem(page)).toHaveCount(0);
  });

  test('an unknown version page is a 404 that leads to the history', async ({ page }) => {
    const response = await page.goto(`${TERMS}/versions/2000-01-01`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'No such version' })).toBeVisible();
    await page.getByRole('link', { name: 'Version history' }).click();
    await expect(page).toHaveURL(`${TERMS}/versions`);
  });
});

// One test a page, so each has its own time: axe on the full-text redline takes seconds on a busy machine.
for (const url of [`${TERMS}/versions`, `${TERMS}/versions/2020-12-31`, COMPARE_MAJOR, `${COMPARE_MAJOR}&view=full`, `${TERMS}/compare?from=2026-06-01&to=2020-12-31`, '/zh/agreements/kmct-service-agreement/compare']) {
  test(`${url} passes axe in light and dark`, async ({ browser }) => {
    test.slow();
    await expectNoAxeViolations(browser, url);
    await expectNoAxeViolations(browser, url, { colorScheme: 'dark' });
  });
}

test.describe('Atom feeds of versions', () => {
  interface ParsedFeed {
    error: string | null;
    title: string;
    updated: string;
    self: string;
    entries: { id: string; title: string; updated: string; category: string; summary: string; alternate: string; related: string | null }[];
  }
  /** The feed as Chromium's XML parser reads it, with the elements RFC 4287 requires. */
  const parseFeed = (page: Page, xml: string) =>
    page.evaluate((text): ParsedFeed => {
      const atom = 'http://www.w3.org/2005/Atom';
      const document = new DOMParser().parseFromString(text, 'application/xml');
      const child = (parent: Element, name: string) => Array.from(parent.children).find((element) => element.namespaceURI === atom && element.localName === name);
      const link = (parent: Element, rel: string) => Array.from(parent.children).find((element) => element.localName === 'link' && element.getAttribute('rel') === rel)?.getAttribute('href') ?? null;
      const feed = document.documentElement;
      return {
        error: document.querySelector('parsererror')?.textContent ?? (feed.namespaceURI === atom && feed.localName === 'feed' ? null : `root is ${feed.localName}`),
        title: child(feed, 'title')?.textContent ?? '',
        updated: child(feed, 'updated')?.textContent ?? '',
        self: link(feed, 'self') ?? '',
        entries: Array.from(feed.children)
          .filter((element) => element.localName === 'entry')
          .map((entry) => ({
            id: child(entry, 'id')?.textContent ?? '',
            title: child(entry, 'title')?.textContent ?? '',
            updated: child(entry, 'updated')?.textContent ?? '',
            category: child(entry, 'category')?.getAttribute('term') ?? '',
            summary: child(entry, 'summary')?.textContent ?? '',
            alternate: link(entry, 'alternate') ?? '',
            related: link(entry, 'related'),
          })),
      };
    }, xml);

  test('an agreement page links its feed, which lists every version with its kind, summary, text and redline', async ({ page, request }) => {
    await page.goto(`${TERMS}/versions`);
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(href).toMatch(/\/en\/agreements\/product-terms-of-service\/feed\.xml$/);
    const response = await request.get(`${TERMS}/feed.xml`);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = await parseFeed(page, await response.text());
    expect(feed.error).toBeNull();
    expect(feed.title).toBe('Kingsoft Cloud Product Terms of Service: published versions');
    expect(feed.self).toMatch(/\/en\/agreements\/product-terms-of-service\/feed\.xml$/);
    expect(feed.entries.map((entry) => [entry.title, entry.category])).toEqual([
      ['Kingsoft Cloud Product Terms of Service, version 2099-01-01 (Major change)', 'major'],
      ['Kingsoft Cloud Product Terms of Service, version 2026-06-01 (Minor change)', 'minor'],
      ['Kingsoft Cloud Product Terms of Service, version 2026-02-01 (Major change)', 'major'],
      ['Kingsoft Cloud Product Terms of Service, version 2020-12-31 (First version)', 'initial'],
    ]);
    expect(feed.updated).toBe(feed.entries[0]?.updated);
    for (const entry of feed.entries) {
      expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(entry.id).toBe(entry.alternate);
    }
    expect(feed.entries[1]?.summary).toContain('Corrects a typo in 4.1 (2) g.');
    expect(feed.entries[3]?.related).toBeNull();
    // The links work: the text of the version, and the redline from the one before.
    const minor = feed.entries[1];
    await page.goto(new URL(minor?.alternate ?? '').pathname);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kingsoft Cloud Product Terms of Service');
    const redline = new URL(minor?.related ?? '');
    await page.goto(`${redline.pathname}${redline.search}`);
    await expect(page).toHaveURL(/compare\?from=2026-02-01&to=2026-06-01$/);
    await expect(page.locator('ins, del').first()).toBeVisible();
  });

  test('the feed of all agreements, in Chinese, is linked from the home page', async ({ page, request }) => {
    await page.goto('/zh');
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(href).toMatch(/\/zh\/feed\.xml$/);
    const feed = await parseFeed(page, await (await request.get('/zh/feed.xml')).text());
    expect(feed.error).toBeNull();
    expect(feed.title).toBe('金山云协议：已发布的版本');
    expect(feed.entries).toHaveLength(6);
    expect(feed.entries.map((entry) => entry.updated)).toEqual([...feed.entries.map((entry) => entry.updated)].sort().reverse());
    expect(feed.entries.find((entry) => entry.id.endsWith('/zh/agreements/kmct-service-agreement/versions/2026-03-01'))?.title).toMatch(/，版本 2026-03-01（/);
    expect((await request.get('/zh/agreements/no-such-agreement/feed.xml')).status()).toBe(404);
    expect((await request.get('/fr/feed.xml')).status()).toBe(404);
  });
});
