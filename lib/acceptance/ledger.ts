import { randomUUID } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { acceptancePersonalData, acceptanceRecord } from '@/lib/db/schema';
import { GENESIS_HASH, type HashedRecord, pseudonym, recordHash } from './record-hash';

export type AcceptanceMethod = 'signup-checkbox' | 're-acceptance' | 'api';

/** What the caller observed about one acceptance. Personal data is split off before hashing. */
export interface AcceptanceInput {
  userId: string;
  agreement: string;
  version: string;
  language: string;
  contentSha256: string;
  method: AcceptanceMethod;
  wordingSha256: string;
  email: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  pageUrl: string | null;
  referrer: string | null;
  clientTimeZone: string | null;
}

export type AcceptanceRecord = HashedRecord & { recordHash: string };

/** Any PostgreSQL advisory-lock key unique to this purpose: appends to the chain take turns on it. */
const LEDGER_LOCK_KEY = 7_420_251_125;

/**
 * Appends acceptances to the ledger. Must run inside a transaction: the advisory lock serialises
 * appends across connections and app instances until commit, so concurrent writers never fork the
 * chain, and a record exists (and is acknowledged) only once its transaction has committed.
 */
export async function appendAcceptances(tx: Database, secret: string, inputs: AcceptanceInput[], now = new Date()): Promise<AcceptanceRecord[]> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${LEDGER_LOCK_KEY})`);
  const [head] = await tx
    .select({ seq: acceptanceRecord.seq, recordHash: acceptanceRecord.recordHash, recordedAt: acceptanceRecord.recordedAt })
    .from(acceptanceRecord)
    .orderBy(desc(acceptanceRecord.seq))
    .limit(1);
  // Time never runs backwards along the chain (another instance's clock may be a little ahead), so a
  // range of times is always one range of sequence numbers.
  const recordedAt = head && head.recordedAt > now ? head.recordedAt : now;
  let seq = head?.seq ?? 0;
  let prevHash = head?.recordHash ?? GENESIS_HASH;
  const records: AcceptanceRecord[] = [];
  for (const input of inputs) {
    const hashed: HashedRecord = {
      seq: ++seq,
      id: randomUUID(),
      recordedAt: recordedAt.toISOString(),
      userId: input.userId,
      agreement: input.agreement,
      version: input.version,
      language: input.language,
      contentSha256: input.contentSha256,
      action: 'accept',
      method: input.method,
      wordingSha256: input.wordingSha256,
      emailPseudonym: input.email ? pseudonym(secret, 'email', input.email.toLowerCase()) : null,
      ipPseudonym: input.ipAddress ? pseudonym(secret, 'ip', input.ipAddress) : null,
      userAgentPseudonym: input.userAgent ? pseudonym(secret, 'user-agent', input.userAgent) : null,
      pageUrl: input.pageUrl,
      referrer: input.referrer,
      clientTimeZone: input.clientTimeZone,
      prevHash,
    };
    const record = { ...hashed, recordHash: recordHash(hashed) };
    await tx.insert(acceptanceRecord).values({ ...record, recordedAt });
    await tx.insert(acceptancePersonalData).values({
      recordId: record.id,
      email: input.email,
      ipAddress: input.ipAddress,
      userAgent: input.userAgent,
    });
    records.push(record);
    prevHash = record.recordHash;
  }
  return records;
}

/** A stored row as the hashed record it was when appended, plus its stored hash. */
export function storedRecord(row: typeof acceptanceRecord.$inferSelect): AcceptanceRecord {
  const { recordedAt, ...rest } = row;
  return { ...rest, recordedAt: recordedAt.toISOString() };
}

export type LedgerVerification =
  | { ok: true; size: number; headHash: string }
  | { ok: false; size: number; firstInvalid: { seq: number; id: string; reason: string } };

const VERIFY_BATCH = 1000;

/** Recomputes every record's hash and link, in order, and names the first record that does not verify. */
export async function verifyLedger(db: Database): Promise<LedgerVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .select()
      .from(acceptanceRecord)
      .where(gt(acceptanceRecord.seq, expectedSeq - 1))
      .orderBy(asc(acceptanceRecord.seq))
      .limit(VERIFY_BATCH);
    for (const row of rows) {
      const { recordHash: stored, ...fields } = storedRecord(row);
      const fail = (reason: string): LedgerVerification => ({ ok: false, size: expectedSeq - 1, firstInvalid: { seq: row.seq, id: row.id, reason } });
      if (row.seq !== expectedSeq) return fail(`sequence gap: expected ${expectedSeq}`);
      if (row.prevHash !== prevHash) return fail('does not link to the previous record');
      if (recordHash(fields) !== stored) return fail('contents do not match its hash');
      prevHash = stored;
      expectedSeq++;
    }
    if (rows.length < VERIFY_BATCH) return { ok: true, size: expectedSeq - 1, headHash: prevHash };
  }
}
