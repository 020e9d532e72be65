import { createHash } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { pdfText, withoutWhitespace } from '../test-support/pdf-text';
import { collapseWhitespace } from '../test-support/seed-text';
import { AGREEMENTS, expectNoAxeViolations, openContentsMenu, PUBLISHED_LINES, saveScreenshot } from './fixtures';

const KMCT = `/en/agreements/${AGREEMENTS[0].slug}`;
const TERMS = `/en/agreements/${AGREEMENTS[1].slug}`;

const modeButton = (page: Page, name: 'Pure Mode' | 'Normal Mode') =>
  page.getByRole('group', { name: 'Reading mode' }).getByRole('button', { name });

/** Pure mode: the text with the header (home, search, language, account) and nothing else around it. */
async function expectPure(page: Page, title: string = AGREEMENTS[0].title) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(modeButton(page, 'Pure Mode')).toHaveAttribute('aria-pressed', 'true');
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Accord' })).toBeVisible();
  await expect(header.getByRole('link', { name: /Search/ })).toBeVisible();
  await expect(header.getByRole('link', { name: '中文' })).toBeVisible();
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'All documents' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'About this version' })).toHaveCount(0);
}

async function expectNormal(page: Page) {
  await expect(modeButton(page, 'Normal Mode')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
}

test.describe('reading modes', () => {
  test('Pure Mode shows the text alone and is remembered across reloads until Normal Mode', async ({ page }) => {
    await page.goto(KMCT);
    await expectNormal(page);
    await modeButton(page, 'Pure Mode').click();
    await expect(page).toHaveURL(`${KMCT}?mode=pure`);
    await expectPure(page);

    await page.goto(KMCT);
    await expectPure(page);

    await modeButton(page, 'Normal Mode').click();
    await expectNormal(page);
    await page.goto(KMCT);
    await expectNormal(page);
  });

  test('?mode=pure is shareable: a new reader gets the pure page', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${KMCT}?mode=pure`);
    await expectPure(page);
    await context.close();
  });

  test('the choice is per agreement: the other agreement stays normal, the same one in Chinese stays pure', async ({ page }) => {
    await page.goto(`${KMCT}?mode=pure`);
    await expectPure(page);
    await page.goto(TERMS);
    await expectNormal(page);
    await page.goto(`/zh/agreements/${AGREEMENTS[0].slug}`);
    await expect(page.getByRole('group', { name: '阅读模式' }).getByRole('button', { name: '纯净模式' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
    await expectPure(page);
  });

  test('an unknown mode falls back to normal', async ({ page }) => {
    await page.goto(`${KMCT}?mode=sideways`);
    await expectNormal(page);
  });
});

test('scroll-spy highlights the section being read', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the sticky table of contents is a desktop layout');
  await page.goto(KMCT);
  const toc = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true });
  await expect(toc.getByRole('link', { name: 'I. Definition' })).toHaveAttribute('aria-current', 'location');
  await page.evaluate(() => document.getElementById('section-iv')?.scrollIntoView({ block: 'start' }));
  await expect(toc.getByRole('link', { name: "IV. Kingsoft Cloud's rights and obligations" })).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
});

for (const { locale, name } of [
  { locale: 'en', name: 'On this page' },
  { locale: 'zh', name: '本页目录' },
]) {
  test(`scroll-spy reaches the last section at the end of the page, and after its link is followed (${locale})`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === 'phone', 'the sticky table of contents is a desktop layout');
    await page.goto(`/${locale}/agreements/${AGREEMENTS[0].slug}`);
    const toc = page.getByRole('navigation', { name }).filter({ visible: true });
    const last = toc.getByRole('link', { name: 'VII. Miscellaneous' });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(last).toHaveAttribute('aria-current', 'location');

    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(toc.getByRole('link', { name: 'I. Definition' })).toHaveAttribute('aria-current', 'location');
    await toc.getByRole('link', { name: 'VI. Force Majeure' }).click();
    await expect(toc.getByRole('link', { name: 'VI. Force Majeure' })).toHaveAttribute('aria-current', 'location');
    await last.click();
    await expect(last).toHaveAttribute('aria-current', 'location');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
  });
}

test('arriving at a clause anchor puts it below the sticky header and highlights it', async ({ page }) => {
  await page.goto(`${KMCT}#clause-iii-4-7`);
  const clause = page.locator('#clause-iii-4-7');
  await expect(clause).toBeInViewport();
  const headerBottom = await page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().bottom);
  const clauseTop = await clause.evaluate((element) => element.getBoundingClientRect().top);
  expect(clauseTop).toBeGreaterThanOrEqual(headerBottom);
  const background = await clause.locator(':scope > .clause-text').evaluate((line) => getComputedStyle(line).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  const neighbour = await page.locator('#clause-iii-4-8 > .clause-text').evaluate((line) => getComputedStyle(line).backgroundColor);
  expect(neighbour).toBe('rgba(0, 0, 0, 0)');
});

test('the link control copies the clause URL and confirms it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(KMCT);
  const control = page.getByRole('link', { name: 'Copy link to II. 2. (1)' });
  await page.locator('#clause-ii-2-1 > .clause-text').hover();
  await expect(control).toBeVisible();
  await control.click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${KMCT}#clause-ii-2-1`);
  await expect(page).toHaveURL(`${KMCT}#clause-ii-2-1`);
});

test('the link control is reachable and usable from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${TERMS}#clause-1-5`);
  const control = page.getByRole('link', { name: 'Copy link to 1.5' });
  await control.focus();
  await expect(control).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#clause-1-5$/);
});

test.describe('full screen', () => {
  test('the button enters full screen, the text centred at its reading width, and its visible twin leaves it', async ({ page }, testInfo) => {
    await page.goto(KMCT);
    // Phones show the short label, on one line; the long one (the original site's) names it elsewhere.
    const name = testInfo.project.name === 'phone' ? 'Full screen' : 'Click to preview the document content in full screen';
    const enter = page.getByRole('button', { name, exact: true });
    const box = await enter.boundingBox();
    expect(box?.height).toBeLessThan(40);
    await enter.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('reader');
    const margins = await page.getByRole('article').evaluate((article) => {
      const { left, right } = article.getBoundingClientRect();
      return { left, right: window.innerWidth - right };
    });
    expect(Math.abs(margins.left - margins.right)).toBeLessThan(24);
    await saveScreenshot(page, 'reading-fullscreen', testInfo.project.name);
    const exit = page.getByRole('button', { name: 'Exit full screen' });
    await expect(exit).toBeVisible();
    await exit.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect(enter).toBeVisible();
  });

  test('the button takes no room where the Fullscreen API is missing', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }));
    await page.goto(KMCT);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: /full screen/i })).toHaveCount(0);
    expect(await page.locator('#reader button:has(svg)').last().boundingBox()).toBeNull();
  });
});

test('downloads hold exactly the page text, and the .txt hashes to the SHA-256 shown', async ({ page }) => {
  await page.goto(TERMS);
  const facts = page.getByRole('region', { name: 'About this version' });
  const shownHash = await facts.locator('code').textContent();

  const [txtDownload] = await Promise.all([page.waitForEvent('download'), facts.getByRole('link', { name: 'Text (.txt)' }).click()]);
  expect(txtDownload.suggestedFilename()).toBe('product-terms-of-service-2020-12-31.txt');
  const txt = await readDownload(await txtDownload.createReadStream());
  expect(createHash('sha256').update(txt, 'utf8').digest('hex')).toBe(shownHash);
  const pageLines = await page
    .getByRole('article')
    .locator(PUBLISHED_LINES)
    .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
  expect(collapseWhitespace(txt)).toBe(collapseWhitespace(pageLines.join('\n')));

  // The PDF, read with a PDF library: the clauses' words, and the hash on every page.
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), facts.getByRole('link', { name: 'PDF (.pdf)' }).click()]);
  expect(pdfDownload.suggestedFilename()).toBe('product-terms-of-service-2020-12-31.pdf');
  const pdf = await pdfText(await readBytes(await pdfDownload.createReadStream()));
  expect(pdf.title).toBe('Kingsoft Cloud Product Terms of Service');
  expect(withoutWhitespace(pdf.pages.join(''))).toContain(withoutWhitespace('(1) You can delete or change your business data yourself.'));
  for (const pdfPage of pdf.pages) expect(withoutWhitespace(pdfPage)).toContain(`SHA-256ofthetext:${shownHash}`);

  const [mdDownload] = await Promise.all([page.waitForEvent('download'), facts.getByRole('link', { name: 'Markdown (.md)' }).click()]);
  const md = await readDownload(await mdDownload.createReadStream());
  expect(md).toMatch(/^---\ntitle: Kingsoft Cloud Product Terms of Service\n/);
  expect(md).toContain('### 4.1 Kingsoft Cloud Elastic Compute');
});

async function readBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const readDownload = async (stream: NodeJS.ReadableStream) => (await readBytes(stream)).toString('utf8');

test('print shows the text without chrome and ends with title, version, hash and URL', async ({ page }, testInfo) => {
  await page.goto(KMCT);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo').filter({ hasText: 'Accord' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Reading mode' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'All documents' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  const footer = page.locator('#reader footer');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(AGREEMENTS[0].title);
  await expect(footer).toContainText('Version 2020-11-26');
  await expect(footer).toContainText(/SHA-256 [0-9a-f]{64}/);
  await expect(footer).toContainText(`/en/agreements/${AGREEMENTS[0].slug}`);
  await saveScreenshot(page, 'print-kmct', testInfo.project.name);
});

test('at 320 px nothing scrolls sideways and one Contents menu holds the outline and the document list', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  await page.goto(TERMS);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await openContentsMenu(page);
  const contents = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true });
  await contents.getByRole('link', { name: '4.4 Kingsoft Cloud MapReduce (KMR)' }).click();
  await expect(page).toHaveURL(/#clause-4-4$/);
  await expect(page.locator('#clause-4-4')).toBeInViewport();
  const documents = page.getByRole('navigation', { name: 'All documents' }).filter({ visible: true });
  await documents.getByRole('link', { name: 'Service Agreement' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AGREEMENTS[0].title);
  await context.close();
});

test.describe('themes', () => {
  const canvas = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('the page follows the system theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(KMCT);
    expect(await canvas(page)).toBe('rgb(13, 17, 23)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await canvas(page)).toBe('rgb(255, 255, 255)');
  });

  test('the toggle overrides the system theme and the choice survives a reload without a flash', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(KMCT);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await canvas(page)).toBe('rgb(255, 255, 255)');
    // The theme must be in place before first paint: check it as soon as the body exists.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { firstTheme: string }).firstTheme = getComputedStyle(document.body).backgroundColor;
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('rgb(255, 255, 255)');
    await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the text, contents links, mode switch and downloads all work', async ({ page, request }) => {
    await page.goto(TERMS);
    await expect(page.getByRole('article')).toContainText('1.1 These Product Terms apply to your purchase');
    await openContentsMenu(page);
    const contents = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true });
    await contents.getByRole('link', { name: '3. General Product Terms' }).click();
    await expect(page).toHaveURL(/#section-3$/);
    await modeButton(page, 'Pure Mode').click();
    await expect(page).toHaveURL(`${TERMS}?mode=pure`);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await modeButton(page, 'Normal Mode').click();
    const href = await page.getByRole('link', { name: 'Text (.txt)' }).getAttribute('href');
    const response = await request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Kingsoft Cloud Product Terms of Service\nLast updated:2020-12-31 16:15:22\n');
  });
});

for (const { locale, skipToContent, skipToOutline, contents, firstSection, mode } of [
  { locale: 'en', skipToContent: 'Skip to content', skipToOutline: 'Skip to “On this page”', contents: 'Contents', firstSection: 'I. Definition', mode: 'Pure Mode' },
  { locale: 'zh', skipToContent: '跳到正文', skipToOutline: '跳到本页目录', contents: '目录', firstSection: 'I. Definition', mode: '纯净模式' },
]) {
  test(`keyboard only: the outline within five tab stops, the skip link to the text, then the mode switch (${locale})`, async ({ page }, testInfo) => {
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await page.goto(`/${locale}/agreements/${AGREEMENTS[0].slug}`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: skipToContent })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: skipToOutline }).filter({ visible: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    if (testInfo.project.name === 'phone') {
      // Below the wide layout the outline is the Contents menu: focus is on it, Enter opens it.
      expect(await focused()).toBe(contents);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
    }
    // Tab, Tab, Enter, Tab (and Enter, Tab on a phone): at most five tab stops to the first section.
    expect(await focused()).toBe(firstSection);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#section-i$/);
    await expect(page.locator('#section-i')).toBeInViewport();

    // The skip link to the content lands on the text's column, not on the document list.
    await page.goto(`/${locale}/agreements/${AGREEMENTS[0].slug}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('nav[aria-label="Breadcrumb"], nav[aria-label="面包屑导航"]')))).toBe(true);
    const pure = page.getByRole('button', { name: mode });
    for (let i = 0; i < 8 && !(await pure.evaluate((button) => button === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(pure).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(pure).toHaveAttribute('aria-pressed', 'true');
  });
}

test('pages without an outline offer only the skip link to the content', async ({ page }) => {
  await page.goto('/en/verify');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Accord' })).toBeFocused();
});

test('the key facts come before the text: version, date in force, downloads and history', async ({ page }, testInfo) => {
  await page.goto(KMCT);
  const title = page.getByRole('heading', { level: 1 });
  const facts = page.getByText('Version 2020-11-26 · In effect since November 26, 2020');
  await expect(facts).toBeVisible();
  const [factsBox, titleBox] = [await facts.boundingBox(), await title.boundingBox()];
  expect(factsBox?.y).toBeLessThan(titleBox?.y ?? 0);
  await page.getByRole('link', { name: 'Downloads and SHA-256' }).click();
  await expect(page).toHaveURL(/#version-facts$/);
  await expect(page.getByRole('region', { name: 'About this version' }).getByRole('link', { name: 'Text (.txt)' })).toBeInViewport();
  await saveScreenshot(page, 'reading-key-facts', testInfo.project.name);
  await page.goto(KMCT);
  await page.getByRole('link', { name: 'Version history' }).first().click();
  await expect(page).toHaveURL(`${KMCT}/versions`);
});

for (const { locale, backToTop } of [
  { locale: 'en', backToTop: 'Back to top' },
  { locale: 'zh', backToTop: '回到顶部' },
]) {
  test(`deep in the text a "back to top" link brings the contents back (${locale})`, async ({ page }, testInfo) => {
    await page.goto(`/${locale}/agreements/${AGREEMENTS[1].slug}`);
    const back = page.getByRole('link', { name: backToTop });
    await expect(back).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(back).toBeVisible();
    await saveScreenshot(page, `reading-back-to-top-${locale}`, testInfo.project.name);
    await back.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(back).toBeHidden();
  });
}

test.describe('search engines', () => {
  test('pages carry a canonical URL, language alternates and Open Graph data', async ({ page }) => {
    await page.goto(KMCT);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/agreements\/kmct-service-agreement$/);
    await expect(page.locator('link[rel="alternate"][hreflang="zh"]')).toHaveAttribute('href', /\/zh\/agreements\/kmct-service-agreement$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', AGREEMENTS[0].title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Media Cloud Transcoder/);
    await page.goto(`${KMCT}?mode=pure`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('links to itself only on SITE_URL, whatever host a request claims', async ({ request }) => {
    const response = await request.get(KMCT, { headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['link'] ?? '').not.toContain('evil.example');
    const html = await response.text();
    expect(html).not.toContain('evil.example');
    // The suite's servers run with the default SITE_URL.
    expect(html).toContain('<link rel="canonical" href="http://localhost:3000/en/agreements/kmct-service-agreement"/>');
  });

  test('sitemap.xml and robots.txt list the pages', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const agreement of AGREEMENTS) expect(sitemap).toContain(`/en/agreements/${agreement.slug}</loc>`);
    expect(sitemap).toContain('hreflang="zh"');
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: ');
  });
});

// Normal mode in the light theme is checked with every other page in accessibility.spec.ts.
test.describe('accessibility in both modes and both themes', () => {
  for (const [url, colorScheme] of [[KMCT, 'dark'], [TERMS, 'dark'], [`${KMCT}?mode=pure`, 'light'], [`${KMCT}?mode=pure`, 'dark']] as const) {
    test(`axe: ${url} in ${colorScheme}`, async ({ browser }, testInfo) => {
      test.skip(testInfo.project.name === 'phone' && colorScheme === 'dark', 'the themes differ in colour only: the phone layout is checked in one');
      await expectNoAxeViolations(browser, url, { colorScheme });
    });
  }
});

test.describe('screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const mode of ['normal', 'pure'] as const) {
      test(`${mode} mode, ${colorScheme}`, async ({ page }, testInfo) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${KMCT}?mode=${mode}#clause-ii-2`);
        await saveScreenshot(page, `reading-${mode}-${colorScheme}`, testInfo.project.name);
      });
    }
  }
});
