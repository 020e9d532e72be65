import { expect, test } from '@playwright/test';
import { pdfText, withoutWhitespace } from '../test-support/pdf-text';
import { expectNoAxeViolations, saveScreenshot, signUpAcceptingAll } from './fixtures';

const KMCT_TITLE = 'Kingsoft Cloud Media Cloud Transcoder (KMCT) Service Agreement';

test('the account leads with what was accepted, when and how; the evidence and a certificate are one click away', async ({ page, browser }, testInfo) => {
  const email = `certificate-${testInfo.project.name}-${Date.now()}@example.com`;
  await signUpAcceptingAll(page, email);
  const kmct = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: KMCT_TITLE }) });
  await expect(kmct).toContainText(/Version 2020-11-26, accepted on \w+ \d+, \d{4} at \d+:\d\d [AP]M UTC/);
  await expect(kmct).toContainText('How: Checkbox at signup');
  // The hash is there, but behind "Evidence details".
  const hash = kmct.getByText(/^[0-9a-f]{64}$/);
  await expect(hash).toBeHidden();
  await kmct.getByText('Evidence details').click();
  await expect(hash).toBeVisible();
  const sha256 = (await hash.textContent()) ?? '';
  await saveScreenshot(page, 'account-evidence', testInfo.project.name);

  await kmct.getByRole('link', { name: 'Read the text you accepted' }).click();
  await expect(page).toHaveURL('/en/agreements/kmct-service-agreement/versions/2020-11-26');
  await page.goBack();

  await kmct.getByRole('link', { name: 'Certificate' }).click();
  await expect(page).toHaveURL(/\/en\/account\/acceptances\/[0-9a-f-]{36}$/);
  const certificateUrl = page.url();
  await expect(page).toHaveTitle('Certificate of acceptance · Accord');
  const certificate = page.getByRole('article', { name: 'Certificate of acceptance' });
  await expect(certificate).toContainText(email);
  await expect(certificate).toContainText(sha256);
  await expect(certificate).toContainText('Checkbox at signup');
  await expect(certificate.getByRole('link', { name: KMCT_TITLE })).toHaveAttribute('href', '/en/agreements/kmct-service-agreement/versions/2020-11-26');
  await expect(certificate.getByRole('button', { name: 'Print' })).toBeVisible();
  await saveScreenshot(page, 'certificate', testInfo.project.name);

  // The same facts as a PDF, read back with a PDF library.
  const pdfResponse = await page.request.get((await certificate.getByRole('link', { name: 'Download as PDF' }).getAttribute('href')) ?? '');
  expect(pdfResponse.headers()['content-type']).toBe('application/pdf');
  const pdf = await pdfText(await pdfResponse.body());
  expect(pdf.title).toBe('Certificate of acceptance');
  for (const fact of [email, sha256, KMCT_TITLE, 'Checkbox at signup']) expect(withoutWhitespace(pdf.pages.join(''))).toContain(withoutWhitespace(fact));

  // The receipt it offers is the one /verify accepts.
  const receipt = await page.request.get((await certificate.getByRole('link', { name: 'Download signed receipt' }).getAttribute('href')) ?? '');
  expect(receipt.status()).toBe(200);
  await certificate.getByRole('link', { name: 'Verify a receipt' }).click();
  await page.getByLabel('Paste the receipt').fill(await receipt.text());
  await page.getByRole('button', { name: 'Verify receipt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'verifies' })).toContainText('This receipt verifies.');

  // In Chinese, the same certificate speaks Chinese.
  await page.goto(certificateUrl.replace('/en/', '/zh/'));
  await expect(page.getByRole('article', { name: '接受证书' })).toContainText('注册时勾选');
  await saveScreenshot(page, 'certificate-zh', testInfo.project.name);
  const zhPdf = await pdfText(await (await page.request.get((await page.getByRole('link', { name: '下载 PDF' }).getAttribute('href')) ?? '')).body());
  expect(withoutWhitespace(zhPdf.pages.join(''))).toContain('注册时勾选');
  expect(withoutWhitespace(zhPdf.pages[0] ?? '')).toContain('第1页，共1页');

  const storageState = await page.context().storageState();
  await expectNoAxeViolations(browser, page.url(), { storageState });
  await expectNoAxeViolations(browser, page.url(), { storageState, colorScheme: 'dark' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await saveScreenshot(page, 'certificate-zh-dark', testInfo.project.name);

  // The account page in Chinese and dark: the same order, in Chinese.
  await page.goto('/zh/account');
  const zhRecord = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: KMCT_TITLE }) });
  await expect(zhRecord).toContainText(/版本 2020-11-26，接受于 2\d{3}年\d+月\d+日/);
  await expect(zhRecord).toContainText('方式：注册时勾选');
  await expect(zhRecord.getByRole('link', { name: '证书' })).toBeVisible();
  await saveScreenshot(page, 'account-zh-dark', testInfo.project.name);
  await expectNoAxeViolations(browser, page.url(), { storageState, colorScheme: 'dark' });
});

test('a certificate is only for the person who accepted: others get a 404, and signed-out visitors sign in first', async ({ page, browser }) => {
  await signUpAcceptingAll(page, `owner-${Date.now()}@example.com`);
  const kmct = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: KMCT_TITLE }) });
  const href = (await kmct.getByRole('link', { name: 'Certificate' }).getAttribute('href')) ?? '';

  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await signUpAcceptingAll(other, `stranger-${Date.now()}@example.com`);
  expect((await other.goto(href))?.status()).toBe(404);
  expect((await other.goto('/en/account/acceptances/not-a-uuid'))?.status()).toBe(404);
  expect((await other.request.get(`${href}/certificate.pdf`)).status()).toBe(404);
  expect((await other.request.get('/en/account/acceptances/%00/certificate.pdf')).status()).toBe(404);
  await stranger.close();

  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto(href);
  await expect(anonymous).toHaveURL(`/en/signin?next=${encodeURIComponent(href)}`);
  expect((await anonymous.request.get(`${href}/certificate.pdf`)).status()).toBe(401);
  await visitor.close();
});

test('/verify says what a receipt is for, lists every check, links to the text and keeps the receipt (en, zh)', async ({ page }, testInfo) => {
  await signUpAcceptingAll(page, `verify-${testInfo.project.name}-${Date.now()}@example.com`);
  const kmct = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: KMCT_TITLE }) });
  const receipt = await (await page.request.get((await kmct.getByRole('link', { name: 'Download signed receipt' }).getAttribute('href')) ?? '')).text();

  await page.goto('/en/verify');
  await page.getByRole('button', { name: 'Verify receipt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paste a receipt' })).toHaveText('Paste a receipt above, or choose its file, then press “Verify receipt”.');

  await page.getByLabel('Paste the receipt').fill(receipt);
  await page.getByRole('button', { name: 'Verify receipt' }).click();
  const verdict = page.getByRole('status').filter({ hasText: 'verifies' });
  await expect(verdict).toContainText('This receipt verifies.');
  await expect(verdict).toContainText(new RegExp(`${KMCT_TITLE.replace(/[()]/g, '\\$&')}, version 2020-11-26, accepted on \\w+ \\d+, \\d{4} at \\d+:\\d\\d:\\d\\d [AP]M UTC\\.`));
  const checks = verdict.getByRole('listitem');
  await expect(checks).toHaveCount(6);
  await expect(checks.first()).toContainText('Signed by this site: the signature matches its published key.');
  await expect(checks.last()).toContainText(/Today’s ledger extends the one the receipt was proven in/);
  await expect(page.getByLabel('Paste the receipt')).toHaveValue(receipt);
  await saveScreenshot(page, 'verify-valid', testInfo.project.name);
  await verdict.getByRole('link', { name: 'Read the text that was accepted' }).click();
  await expect(page).toHaveURL('/en/agreements/kmct-service-agreement/versions/2020-11-26');

  // A changed receipt: the failed checks say what is wrong, the others still say what held.
  const changed = JSON.parse(receipt);
  changed.receipt.record.version = '2099-01-01';
  await page.goto('/en/verify');
  await page.getByLabel('Paste the receipt').fill(JSON.stringify(changed));
  await page.getByRole('button', { name: 'Verify receipt' }).click();
  const failed = page.getByRole('status').filter({ hasText: 'NOT' });
  await expect(failed.getByRole('listitem').filter({ hasText: 'The statement differs from what was signed.' })).toHaveCount(1);
  await expect(failed.getByRole('listitem').filter({ hasText: 'Signed by this site' })).toHaveCount(1);

  await page.goto('/zh/verify');
  await expect(page.getByText('选择文件', { exact: true })).toBeVisible();
  await expect(page.getByText('未选择文件')).toBeVisible();
  await page.getByLabel('或上传回执文件').setInputFiles({ name: 'my-receipt.json', mimeType: 'application/json', buffer: Buffer.from(receipt) });
  await expect(page.getByText('my-receipt.json')).toBeVisible();
  await page.getByRole('button', { name: '验证回执' }).click();
  await expect(page.getByRole('status').filter({ hasText: '核验了哪些内容' }).getByRole('listitem')).toHaveCount(6);
  await saveScreenshot(page, 'verify-valid-zh', testInfo.project.name);
});
