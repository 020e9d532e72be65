import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { compactVerify, importJWK } from 'jose';
import { verifyInclusion } from '../test-support/rfc9162-reference';
import { expectNoAxeViolations, signUpAcceptingAll } from './fixtures';

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'one browser is enough for file round-trips'));
// Signs up, downloads, and runs the offline command twice: slower than a page test.
test.setTimeout(90_000);

test('a receipt downloads, verifies on /verify and offline, and a tampered one fails', async ({ page, request }, testInfo) => {
  const email = `receipt-${Date.now()}@example.com`;
  await signUpAcceptingAll(page, email);

  // The link is a plain download link; its file is fetched with the page's own session (Chromium's
  // download manager intermittently cancels it under the full suite's load).
  const link = page.getByRole('link', { name: 'Download signed receipt' }).first();
  await expect(link).toHaveAttribute('download', '');
  const response = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(response.status()).toBe(200);
  const filename = /filename="([^"]+)"/.exec(response.headers()['content-disposition'] ?? '')?.[1] ?? '';
  expect(filename).toMatch(/^accord-receipt-\d+\.json$/);
  const dir = mkdtempSync(path.join(tmpdir(), 'accord-receipt-'));
  const file = path.join(dir, filename);
  writeFileSync(file, await response.body());
  const receipt = JSON.parse(readFileSync(file, 'utf8'));
  expect(receipt.receipt.record.agreement).toBe('kmct-service-agreement');
  expect(JSON.stringify(receipt)).not.toContain(email);

  await page.goto('/en/verify');
  await page.getByLabel('Or upload the receipt file').setInputFiles(file);
  await page.getByRole('button', { name: 'Verify receipt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'verifies' })).toContainText('This receipt verifies.');
  await testInfo.attach('verified', { body: await page.screenshot(), contentType: 'image/png' });

  receipt.receipt.record.version = '2099-01-01';
  await page.goto('/en/verify');
  await page.getByLabel('Paste the receipt').fill(JSON.stringify(receipt));
  await page.getByRole('button', { name: 'Verify receipt' }).click();
  const verdict = page.getByRole('status').filter({ hasText: 'NOT' });
  await expect(verdict).toContainText('This receipt does NOT verify.');
  await expect(verdict).toContainText('The statement differs from what was signed.');
  await expect(verdict).toContainText('The record’s fields do not match its hash.');

  await page.getByLabel('Paste the receipt').fill('{"not": "a receipt"}');
  await page.getByRole('button', { name: 'Verify receipt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'not an Accord receipt' })).toBeVisible();

  // The public checkpoint is signed with the published key, and the record's proof places it in it.
  const jwks = await (await request.get('/.well-known/accord-keys.json')).json();
  const published = await (await request.get('/api/v1/ledger/checkpoint')).json();
  const { payload } = await compactVerify(published.signature, await importJWK(jwks.keys[0], 'EdDSA'));
  expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(published.checkpoint);
  const seq = receipt.receipt.record.seq;
  const proof = await (await request.get(`/api/v1/ledger/records/${seq}/proof`)).json();
  expect(proof.recordHash).toBe(receipt.receipt.record.recordHash);
  expect(verifyInclusion(seq - 1, proof.checkpoint.size, proof.recordHash, proof.inclusionProof, proof.checkpoint.rootHash)).toBe(true);
  expect((await request.get('/api/v1/ledger/records/0/proof')).status()).toBe(422);

  // Offline, with only the published key.
  const keys = path.join(dir, 'keys.json');
  writeFileSync(keys, JSON.stringify(jwks));
  const output = execFileSync('node_modules/.bin/tsx', ['scripts/receipt-verify.ts', file, keys], { encoding: 'utf8' });
  expect(output).toContain('receipt verifies: record #');
  const tampered = path.join(dir, 'tampered.json');
  writeFileSync(tampered, JSON.stringify(receipt));
  expect(() => execFileSync('node_modules/.bin/tsx', ['scripts/receipt-verify.ts', tampered, keys], { stdio: 'pipe' })).toThrow(/does NOT verify/);
});

test('axe finds no violations on /verify, in both themes', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await expectNoAxeViolations(browser, '/en/verify', { colorScheme });
    await expectNoAxeViolations(browser, '/zh/verify', { colorScheme });
  }
});
