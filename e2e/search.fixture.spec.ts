import { expect, test } from '@playwright/test';
import { saveScreenshot } from './fixtures';

// Against the fixture build, whose KMCT agreement has a Chinese text.
test('a Chinese query finds the Chinese text, in the dialog and on the search page', async ({ page }, testInfo) => {
  await page.goto('/zh');
  await page.locator('[data-search-ready]').waitFor();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: '搜索条款' });
  await dialog.getByRole('combobox', { name: '搜索协议' }).fill('不可抗力');
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText('金山云媒体云转码（KMCT）服务协议');
  await expect(first.locator('mark').first()).toHaveText('不可抗力');
  await saveScreenshot(page, 'search-dialog-zh', testInfo.project.name);

  await page.goto(`/zh/search?q=${encodeURIComponent('计费周期')}`);
  await expect(page.getByRole('region', { name: /找到 \d+ 条条款/ }).getByRole('link').first()).toContainText('计费周期');
});
