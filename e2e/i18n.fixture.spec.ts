import { expect, test } from '@playwright/test';
import lock from '../test-fixtures/content/agreements.lock.json' with { type: 'json' };
import { pdfText, withoutWhitespace } from '../test-support/pdf-text';
import { expectNoAxeViolations, saveScreenshot } from './fixtures';

// Runs against the build of test-fixtures/content, which adds Chinese texts of the KMCT agreement
// (2020-11-26 and 2026-03-01, the version in force there).
const KMCT = 'kmct-service-agreement';

test('a Chinese text of a version is shown on /zh, in Chinese, with no language notice', async ({ page }, testInfo) => {
  await page.goto(`/zh/agreements/${KMCT}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('金山云媒体云转码（KMCT）服务协议');
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'zh');
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.locator('#clause-ii-2-1')).toContainText('(1) 本服务的价格体系');
  await expect(page.getByRole('region', { name: '关于此版本' }).locator('code')).toHaveText(lock[KMCT]['2026-03-01'].zh);
  await saveScreenshot(page, 'zh-translation', testInfo.project.name);
});

test('the English page of the same version still shows the English text', async ({ page }) => {
  await page.goto(`/en/agreements/${KMCT}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kingsoft Cloud Media Cloud Transcoder (KMCT) Service Agreement');
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'en');
});

test('the Chinese text downloads under its own name', async ({ request }) => {
  const response = await request.get(`/downloads/${KMCT}/2020-11-26.zh.txt`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/^金山云媒体云转码（KMCT）服务协议\nLast updated:2020-11-26 15:53:15\n/);
});

test('the Chinese text has a PDF in Chinese: its glyphs embedded, its footer in Chinese', async ({ page }) => {
  await page.goto(`/zh/agreements/${KMCT}`);
  const href = (await page.getByRole('link', { name: 'PDF（.pdf）' }).getAttribute('href')) ?? '';
  expect(href).toBe(`/downloads/${KMCT}/2026-03-01.zh.pdf`);
  const response = await page.request.get(href);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const pdf = await pdfText(await response.body());
  expect(pdf.title).toBe('金山云媒体云转码（KMCT）服务协议');
  expect(withoutWhitespace(pdf.pages.join(''))).toContain(withoutWhitespace('(1) 本服务的价格体系'));
  const hash = lock[KMCT]['2026-03-01'].zh;
  for (const [index, pdfPage] of pdf.pages.entries()) {
    expect(withoutWhitespace(pdfPage)).toContain(`文本的SHA-256：${hash}`);
    expect(withoutWhitespace(pdfPage)).toContain(`第${index + 1}页，共${pdf.pages.length}页`);
  }
});

test('axe finds no violations on the Chinese text', async ({ browser }) => {
  await expectNoAxeViolations(browser, `/zh/agreements/${KMCT}`);
});
