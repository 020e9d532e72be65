import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test-support/databases';
import { type AcceptanceInput, appendAcceptances } from './ledger';
import { receiptKey } from './receipt-key';
import { verifyReceipt } from './receipt-format';
import { issueReceipt } from './receipts';

const SECRET = 'receipt-test-secret-receipt-test-secret-01';
const input = (userId: string): AcceptanceInput => ({
  userId,
  agreement: 'kmct-service-agreement',
  version: '2020-11-26',
  language: 'en',
  contentSha256: 'c'.repeat(64),
  method: 'signup-checkbox',
  wordingSha256: 'd'.repeat(64),
  email: `${userId}@example.com`,
  ipAddress: null,
  userAgent: null,
  pageUrl: null,
  referrer: null,
  clientTimeZone: null,
});

describe('receipts', () => {
  const testDatabase = useTestDatabase('pglite');
  let recordId = '';
  beforeAll(async () => {
    const database = testDatabase();
    for (const user of ['alice', 'bob', 'carol', 'dave', 'erin']) {
      const [record] = await database.db.transaction((tx) => appendAcceptances(tx, SECRET, [input(user)]));
      if (user === 'carol') recordId = record?.id ?? '';
    }
  });

  const issue = (userId: string) => issueReceipt(testDatabase().db, SECRET, recordId, userId, () => 'KMCT Service Agreement');

  it('verifies with the public key alone', async () => {
    const document = await issue('carol');
    expect(document?.receipt.record).toMatchObject({ seq: 3, userId: 'carol' });
    expect(document?.receipt.checkpoint.size).toBe(5);
    expect(JSON.stringify(document)).not.toContain('carol@example.com');
    const { publicJwk } = await receiptKey(SECRET);
    expect(await verifyReceipt(JSON.parse(JSON.stringify(document)), publicJwk)).toEqual([]);
  });

  it('is only issued to the person who accepted', async () => {
    expect(await issue('bob')).toBeNull();
  });

  it('fails when its statement, signature or key is not the original', async () => {
    const document = await issue('carol');
    if (!document) throw new Error('no receipt');
    const { publicJwk } = await receiptKey(SECRET);
    const altered = structuredClone(document);
    altered.receipt.record.version = '2099-01-01';
    expect(await verifyReceipt(altered, publicJwk)).toEqual(['statement', 'recordHash']);
    expect(await verifyReceipt({ ...document, signature: `${document.signature.slice(0, -4)}AAAA` }, publicJwk)).toContain('signature');
    const other = await receiptKey('another-secret-another-secret-another-1234');
    expect(await verifyReceipt(document, other.publicJwk)).toEqual(['signature']);
  });
});
