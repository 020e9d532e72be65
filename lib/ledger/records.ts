import { randomUUID } from 'node:crypto';
import { asc, desc, getTableColumns, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { columnList, insertJsonRows, insertJsonRowsAlongside, jsonRows } from '@/lib/db/insert-json-rows';
import { acceptancePersonalData, acceptanceRecord, merkleNode } from '@/lib/db/schema';
import { sqlStateOf } from '@/lib/db/sql-state';
import type { RateLimit } from '@/lib/env';
import { LEDGER_LOCK_SOURCE, lockLedger } from '@/lib/ledger/lock';
import { countAllOrNothing } from '@/lib/rate-limit/quota';
import { knowsRightEdge, treeNodesToAppend } from '@/lib/ledger/tree-store';
import { evidenceUrl } from './evidence-url';
import { GENESIS_HASH, type HashedRecord, pseudonym, recordHash, taggedPseudonym } from './record-hash';

export type AcceptanceMethod = 'signup-checkbox' | 're-acceptance' | 'api';

/** What the caller observed about one acceptance. Personal data is split off before hashing. */
export interface AcceptanceInput {
  /** Accord's own user id, or a host user's pseudonymous id (see hostUserId). */
  userId: string;
  /** A host service's own id for its user, kept beside the record (erasable), never in its hash. */
  hostUserId?: string | null;
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

/** The inputs whose user has not yet accepted that agreement version (by any method). Call under lockLedger. */
export async function notYetAccepted(tx: Database, inputs: AcceptanceInput[]): Promise<AcceptanceInput[]> {
  const userIds = [...new Set(inputs.map((input) => input.userId))];
  if (userIds.length === 0) return [];
  const recorded = await tx
    .select({ userId: acceptanceRecord.userId, agreement: acceptanceRecord.agreement, version: acceptanceRecord.version })
    .from(acceptanceRecord)
    .where(inArray(acceptanceRecord.userId, userIds));
  const key = (row: { userId: string; agreement: string; version: string }) => `${row.userId}\u0000${row.agreement}\u0000${row.version}`;
  const done = new Set(recorded.map(key));
  return inputs.filter((input) => !done.has(key(input)));
}

/** The stored rows did not hash to what was about to be acknowledged: the database changed a value. */
export class LedgerWriteMismatch extends Error {
  constructor(seq: number) {
    super(`acceptance record #${seq} as stored does not match its hash; nothing was recorded`);
    this.name = 'LedgerWriteMismatch';
  }
}

/** The ledger's last record: what the next one links to. */
interface Head {
  seq: number;
  recordHash: string;
  recordedAt: Date;
}

/**
 * The last record this process appended, so that the next append need not read it back. It is only
 * a guess: the append that relies on it inserts on condition that it is still the stored head, and
 * reads the head when another writer (another instance, or a transaction rolled back) has moved it.
 */
let lastAppended: Head | null = null;

async function storedHead(tx: Database): Promise<Head | null> {
  const [head] = await tx
    .select({ seq: acceptanceRecord.seq, recordHash: acceptanceRecord.recordHash, recordedAt: acceptanceRecord.recordedAt })
    .from(acceptanceRecord)
    .orderBy(desc(acceptanceRecord.seq))
    .limit(1);
  return head ?? null;
}

/**
 * Appends acceptances to the ledger. Must run inside a transaction: the advisory lock serialises
 * appends across connections and app instances until commit, so concurrent writers never fork the
 * chain, and a record exists (and is acknowledged) only once its transaction has committed. Before
 * returning, the rows as stored must hash to the values about to be acknowledged; otherwise
 * LedgerWriteMismatch is thrown and the transaction rolls back.
 */
export async function appendAcceptances(tx: Database, secret: string, inputs: AcceptanceInput[], now = new Date()): Promise<AcceptanceRecord[]> {
  if (inputs.length === 0) return [];
  await lockLedger(tx);
  // Guessed only with its tree's right edge at hand: the guessed head may not exist in this database
  // (a rollback, another ledger), so nothing about it can be read from there.
  const guessed = guessedHead();
  const records = (guessed && (await appendAfter(tx, secret, inputs, now, guessed, true))) || (await appendAfter(tx, secret, inputs, now, await storedHead(tx), false));
  rememberHead(records);
  return records;
}

/** The last of `records`, just appended, becomes the head the next append guesses. */
function rememberHead(records: AcceptanceRecord[]): void {
  const last = records.at(-1);
  if (last) lastAppended = { seq: last.seq, recordHash: last.recordHash, recordedAt: new Date(last.recordedAt) };
}

/**
 * Appends the records after `head`. `guessed`: only if `head` is still the stored head, else nothing
 * is written and null returned (the condition is checked by the insert itself, one round trip).
 */
async function appendAfter(tx: Database, secret: string, inputs: AcceptanceInput[], now: Date, head: Head, guessed: true): Promise<AcceptanceRecord[] | null>;
async function appendAfter(tx: Database, secret: string, inputs: AcceptanceInput[], now: Date, head: Head | null, guessed: false): Promise<AcceptanceRecord[]>;
async function appendAfter(tx: Database, secret: string, inputs: AcceptanceInput[], now: Date, head: Head | null, guessed: boolean): Promise<AcceptanceRecord[] | null> {
  const { records, rows, personalData } = recordsAfter(secret, inputs, now, head);
  const nodes = await treeNodesToAppend(tx, head?.seq ?? 0, head?.recordHash ?? null, records.map((record) => record.recordHash));
  const guard = guessed && head ? stillHead(head) : undefined;
  // One statement for the records, their personal data and tree nodes, however many records: a batch
  // costs about what one record does. RETURNING gives each record as the database stored it (after any
  // trigger, cast or encoding), to check it against the hash about to be acknowledged without another read.
  // A named statement (its text is the same for every batch) is parsed and planned once a connection
  // on PostgreSQL: that was half of the database's time for a batch.
  const stored = await insertJsonRows(
    tx,
    acceptanceRecord,
    rows,
    [insertJsonRowsAlongside(tx, 'personal_data', acceptancePersonalData, personalData, guard), insertJsonRowsAlongside(tx, 'tree_nodes', merkleNode, nodes, guard)],
    guard,
  )
    .returning()
    .prepare(guard ? 'accord_append_after_head' : 'accord_append')
    .execute();
  if (guard && stored.length === 0) return null;
  const mismatch = firstStoredOtherwise(records, stored);
  if (mismatch !== null) throw new LedgerWriteMismatch(mismatch);
  return records;
}

/**
 * Appends acceptances by one statement with no transaction around it, counting them against `quota`
 * (if any): the ledger lock, the count, the records, their personal data and tree nodes. It writes
 * only if the head this process last appended is still the stored head and the quota has room for
 * all of them; and a row that the database stored otherwise than it was sent fails the statement.
 * Otherwise nothing is written and null returned, and the caller appends in a transaction instead
 * (appendAcceptances). A batch so written costs one round trip instead of four.
 */
export async function appendAtOnce(db: Database, secret: string, inputs: AcceptanceInput[], quota: { bucket: string; limit: RateLimit } | null, now = new Date()): Promise<AcceptanceRecord[] | null> {
  const head = guessedHead();
  if (!head || inputs.length === 0) return null;
  const { records, rows, personalData } = recordsAfter(secret, inputs, now, head);
  const nodes = await treeNodesToAppend(db, head.seq, head.recordHash, records.map((record) => record.recordHash));
  // The statement's snapshot is taken before it waits for the lock: a head another writer moved
  // meanwhile is not seen, but then the records' sequence numbers are taken and the insert fails.
  const counted = quota
    ? countAllOrNothing(db, quota.bucket, quota.limit, records.length, now, LEDGER_LOCK_SOURCE.source, stillHead(head))
    : sql`select from ${LEDGER_LOCK_SOURCE.source} where ${stillHead(head)}`;
  const go = sql`exists (select from "go")`;
  const names = columnList(acceptanceRecord);
  const columns = getTableColumns(acceptanceRecord);
  const sent = db.$with('sent', columns).as(sql`select * from json_populate_recordset(null::${acceptanceRecord}, ${jsonRows(acceptanceRecord, rows)}::json)`);
  const stored = db.$with('stored', columns).as(sql`insert into ${acceptanceRecord} (${names}) select ${names} from "sent" where ${go} returning ${names}`);
  let readBack: (typeof acceptanceRecord.$inferSelect)[];
  try {
    readBack = await db
      .with(
        db.$with('go', {}).as(counted),
        insertJsonRowsAlongside(db, 'personal_data', acceptancePersonalData, personalData, go),
        insertJsonRowsAlongside(db, 'tree_nodes', merkleNode, nodes, go),
        sent,
        stored,
      )
      .select()
      .from(stored)
      .where(sql`(select ${storedAsSent} from "sent" where "sent"."seq" = "stored"."seq")`)
      .prepare(quota ? 'accord_append_at_once' : 'accord_append_at_once_unlimited')
      .execute();
  } catch (error) {
    // Refused by the database (the sequence numbers taken, a row stored otherwise): nothing was kept.
    if (sqlStateOf(error)) return null;
    throw error;
  }
  if (readBack.length === 0) return null;
  const mismatch = firstStoredOtherwise(records, readBack);
  // The statement compared each row with what was sent, so this is a difference in how a value was decoded.
  if (mismatch !== null) throw new Error(`acceptance record #${mismatch} reads back otherwise than it was hashed`);
  rememberHead(records);
  return records;
}

/**
 * True when the stored row holds what was sent; otherwise the statement fails (a cast that cannot
 * succeed), so that nothing of it is kept.
 */
const storedAsSent = sql.raw(
  `case when row(${recordColumnNames('stored')}) is not distinct from row(${recordColumnNames('sent')}) then true else ('acceptance record #' || "stored"."seq" || ' was stored otherwise than sent')::boolean end`,
);

function recordColumnNames(alias: string): string {
  return Object.values(getTableColumns(acceptanceRecord))
    .map((column) => `"${alias}"."${column.name}"`)
    .join(', ');
}

/** The head this process last appended, if it also knows that tree's right edge (see appendAcceptances). */
function guessedHead(): Head | null {
  return lastAppended && knowsRightEdge(lastAppended.seq, lastAppended.recordHash) ? lastAppended : null;
}

/** True while `head` is the ledger's stored head. */
const stillHead = (head: Head) => sql`(select ${acceptanceRecord.recordHash} from ${acceptanceRecord} order by ${acceptanceRecord.seq} desc limit 1) = ${head.recordHash}`;

/**
 * The records (and their personal data) for `inputs`, linked after `head`, recorded at `now` or later;
 * `rows` are the records as inserted (their time a Date).
 */
function recordsAfter(secret: string, inputs: AcceptanceInput[], now: Date, head: Head | null) {
  // Time never runs backwards along the chain (another instance's clock may be a little ahead), so a
  // range of times is always one range of sequence numbers.
  const recordedAt = head && head.recordedAt > now ? head.recordedAt : now;
  let seq = head?.seq ?? 0;
  let prevHash = head?.recordHash ?? GENESIS_HASH;
  const records: AcceptanceRecord[] = [];
  const personalData: (typeof acceptancePersonalData.$inferInsert)[] = [];
  for (const input of inputs) {
    const pageUrl = evidenceUrl(input.pageUrl);
    const referrer = evidenceUrl(input.referrer);
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
      pageUrl: pageUrl ? taggedPseudonym(secret, 'page-url', pageUrl) : null,
      referrer: referrer ? taggedPseudonym(secret, 'referrer', referrer) : null,
      clientTimeZone: input.clientTimeZone,
      prevHash,
    };
    const record = { ...hashed, recordHash: recordHash(hashed) };
    personalData.push({
      recordId: record.id,
      email: input.email,
      ipAddress: input.ipAddress,
      userAgent: input.userAgent,
      hostUserId: input.hostUserId ?? null,
      pageUrl,
      referrer,
    });
    records.push(record);
    prevHash = record.recordHash;
  }
  return { records, rows: records.map((record) => ({ ...record, recordedAt })), personalData };
}

/** The first record whose row, as stored, does not hold exactly the values hashed (as good as hashing it again, and cheaper); null if none. */
function firstStoredOtherwise(records: AcceptanceRecord[], rows: (typeof acceptanceRecord.$inferSelect)[]): number | null {
  const stored = new Map(rows.map((row) => [row.seq, row]));
  for (const record of records) {
    const row = stored.get(record.seq);
    if (!row) return record.seq;
    const asStored = storedRecord(row);
    if ((Object.keys(record) as (keyof AcceptanceRecord)[]).some((field) => asStored[field] !== record[field])) return record.seq;
  }
  return null;
}

/** A stored row as the hashed record it was when appended, plus its stored hash. */
export function storedRecord(row: typeof acceptanceRecord.$inferSelect): AcceptanceRecord {
  const { recordedAt, ...rest } = row;
  return { ...rest, recordedAt: recordedAt.toISOString() };
}

/** One record that does not verify, and why. */
export interface LedgerFailure {
  seq: number;
  id: string;
  reason: string;
}

export interface LedgerVerification {
  ok: boolean;
  /** Records read. */
  size: number;
  /** The stored hash of the last record read. */
  headHash: string;
  /** Every record that does not verify, in order, up to FAILURES_LISTED; failureCount counts them all. */
  failures: LedgerFailure[];
  failureCount: number;
}

const VERIFY_BATCH = 1000;
export const FAILURES_LISTED = 100;

/**
 * Recomputes every record's hash and link, in order, and reports every record that does not verify
 * (a gap in the sequence, a broken link, contents that do not match the hash). Each record is judged on
 * its own: after a failure, the next record is checked against the stored hash before it, so one
 * tampered record cannot hide another further on.
 */
export async function verifyLedger(db: Database, onProgress?: (checked: number) => Promise<void>): Promise<LedgerVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let size = 0;
  const failures: LedgerFailure[] = [];
  let failureCount = 0;
  const fail = (row: { seq: number; id: string }, reason: string) => {
    failureCount++;
    if (failures.length < FAILURES_LISTED) failures.push({ seq: row.seq, id: row.id, reason });
  };
  for (;;) {
    const rows = await db
      .select()
      .from(acceptanceRecord)
      .where(gt(acceptanceRecord.seq, expectedSeq - 1))
      .orderBy(asc(acceptanceRecord.seq))
      .limit(VERIFY_BATCH);
    for (const row of rows) {
      const { recordHash: stored, ...fields } = storedRecord(row);
      const reasons = [
        row.seq !== expectedSeq ? `sequence gap: expected #${expectedSeq}` : null,
        row.prevHash !== prevHash ? 'does not link to the previous record' : null,
        recordHash(fields) !== stored ? 'contents do not match its hash' : null,
      ].filter((reason) => reason !== null);
      if (reasons.length > 0) fail(row, reasons.join('; '));
      prevHash = stored;
      expectedSeq = row.seq + 1;
      size++;
    }
    if (rows.length < VERIFY_BATCH) return { ok: failureCount === 0, size, headHash: prevHash, failures, failureCount };
    await onProgress?.(size);
  }
}
