import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptanceRecord } from '@/lib/db/schema';
import { useTestDatabase } from '@/test-support/databases';
import { type AcceptanceInput, appendAcceptances, storedRecord } from './records';
import { recordHash } from './record-hash';
import { receiptKey } from './receipt-key';
import { signCanonical } from './json-checkpoint';
import { RECEIPT_TYPE, receiptDocumentSchema, verifyReceipt } from './receipt-format';
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

  const issue = async (userId: string) => {
    const issued = await issueReceipt(testDatabase().db, SECRET, recordId, userId, () => 'KMCT Service Agreement');
    return issued.status === 'issued' ? issued.document : null;
  };

  it('verifies with the public key alone', async () => {
    const document = await issue('carol');
    expect(document?.receipt.record).toMatchObject({ seq: 3, userId: 'carol' });
    expect(document?.receipt.checkpoint.size).toBe(5);
    expect(JSON.stringify(document)).not.toContain('carol@example.com');
    const { publicJwk } = await receiptKey(SECRET);
    expect(await verifyReceipt(JSON.parse(JSON.stringify(document)), publicJwk)).toEqual([]);
  });

  it('carries the checkpoint note of its tree; a receipt issued before notes existed still verifies', async () => {
    const document = await issue('carol');
    if (!document) throw new Error('no receipt');
    expect(document.receipt.checkpointNote).toMatch(new RegExp(`\\n${document.receipt.checkpoint.size}\\n${Buffer.from(document.receipt.checkpoint.rootHash, 'hex').toString('base64').replaceAll('+', '\\+')}\\n\\n\u2014 `));
    const before = { ...document.receipt };
    delete before.checkpointNote;
    const older = { receipt: before, signature: await signCanonical(SECRET, before, RECEIPT_TYPE) };
    const { publicJwk } = await receiptKey(SECRET);
    expect(await verifyReceipt(receiptDocumentSchema.parse(older), publicJwk)).toEqual([]);
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

  it('is refused, never signed, for a record altered behind the app’s back, or one next to it', async () => {
    const db = testDatabase().db;
    await db.execute(sql`ALTER TABLE acceptance_record DISABLE TRIGGER USER`);
    await db.execute(sql`UPDATE acceptance_record SET version = '2099-01-01' WHERE seq = 3`);
    await db.execute(sql`ALTER TABLE acceptance_record ENABLE TRIGGER USER`);
    expect(await issueReceipt(db, SECRET, recordId, 'carol', () => 'KMCT')).toEqual({ status: 'tampered' });
    // Even a rewrite that recomputes the record's own hash breaks the link from the record after it.
    const [row] = await db.select().from(acceptanceRecord).where(eq(acceptanceRecord.seq, 3));
    if (!row) throw new Error('no record');
    const { recordHash: hashAsAccepted, ...fields } = storedRecord(row);
    expect(recordHash(fields)).not.toBe(hashAsAccepted);
    await db.execute(sql`ALTER TABLE acceptance_record DISABLE TRIGGER USER`);
    await db.execute(sql`UPDATE acceptance_record SET record_hash = ${recordHash(fields)} WHERE seq = 3`);
    await db.execute(sql`ALTER TABLE acceptance_record ENABLE TRIGGER USER`);
    expect(await issueReceipt(db, SECRET, recordId, 'carol', () => 'KMCT')).toEqual({ status: 'tampered' });
  });
});
