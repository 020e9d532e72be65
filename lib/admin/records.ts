import { and, asc, desc, eq, gt, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import { pseudonym } from '@/lib/ledger/record-hash';
import type { Database } from '@/lib/db/open-database';
import { acceptancePersonalData, acceptanceRecord } from '@/lib/db/schema';
import type { RecordFilter } from './record-filter';

/** One ledger record as the console lists it, with the personal data behind it unless erased. */
export interface AdminRecord {
  seq: number;
  id: string;
  recordedAt: Date;
  userId: string;
  agreement: string;
  version: string;
  language: string;
  method: string;
  contentSha256: string;
  email: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  /** A host service's own id for its user (the record holds only its pseudonym). */
  hostUserId: string | null;
  /** The page (without query or fragment) and referrer behind the record's pseudonyms. */
  pageUrl: string | null;
  referrer: string | null;
  erasedAt: Date | null;
}

const nextDay = (day: string) => new Date(Date.parse(day) + 24 * 60 * 60 * 1000);

/** SQL conditions for a filter. An email is matched through its keyed pseudonym, which the index covers. */
function filterConditions(filter: RecordFilter, secret: string): SQL[] {
  return [
    filter.agreement ? eq(acceptanceRecord.agreement, filter.agreement) : undefined,
    filter.version ? eq(acceptanceRecord.version, filter.version) : undefined,
    filter.method ? eq(acceptanceRecord.method, filter.method) : undefined,
    filter.from ? gte(acceptanceRecord.recordedAt, new Date(filter.from)) : undefined,
    filter.to ? lt(acceptanceRecord.recordedAt, nextDay(filter.to)) : undefined,
    filter.email ? eq(acceptanceRecord.emailPseudonym, pseudonym(secret, 'email', filter.email.toLowerCase())) : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
}

/**
 * A date range as a range of sequence numbers (recording times never decrease along the chain), found
 * with two index lookups. Without it the planner walks the primary key back from the newest record
 * until it reaches the dates asked for: hundreds of milliseconds at a million records.
 */
async function dateBounds(db: Database, filter: RecordFilter): Promise<SQL[]> {
  const bounds: SQL[] = [];
  if (filter.from) {
    const [first] = await db.select({ seq: acceptanceRecord.seq }).from(acceptanceRecord).where(gte(acceptanceRecord.recordedAt, new Date(filter.from))).orderBy(asc(acceptanceRecord.recordedAt), asc(acceptanceRecord.seq)).limit(1);
    bounds.push(first ? gte(acceptanceRecord.seq, first.seq) : sql`false`);
  }
  if (filter.to) {
    const [last] = await db.select({ seq: acceptanceRecord.seq }).from(acceptanceRecord).where(lt(acceptanceRecord.recordedAt, nextDay(filter.to))).orderBy(desc(acceptanceRecord.recordedAt), desc(acceptanceRecord.seq)).limit(1);
    bounds.push(last ? lte(acceptanceRecord.seq, last.seq) : sql`false`);
  }
  return bounds;
}

/** Every condition the records query needs for a filter. */
async function conditionsFor(db: Database, filter: RecordFilter, secret: string): Promise<SQL[]> {
  return [...filterConditions(filter, secret), ...(await dateBounds(db, filter))];
}

const columns = {
  seq: acceptanceRecord.seq,
  id: acceptanceRecord.id,
  recordedAt: acceptanceRecord.recordedAt,
  userId: acceptanceRecord.userId,
  agreement: acceptanceRecord.agreement,
  version: acceptanceRecord.version,
  language: acceptanceRecord.language,
  method: acceptanceRecord.method,
  contentSha256: acceptanceRecord.contentSha256,
  email: acceptancePersonalData.email,
  ipAddress: acceptancePersonalData.ipAddress,
  userAgent: acceptancePersonalData.userAgent,
  hostUserId: acceptancePersonalData.hostUserId,
  pageUrl: acceptancePersonalData.pageUrl,
  referrer: acceptancePersonalData.referrer,
  erasedAt: acceptancePersonalData.erasedAt,
};

const selectRecords = (db: Database) =>
  db.select(columns).from(acceptanceRecord).leftJoin(acceptancePersonalData, eq(acceptancePersonalData.recordId, acceptanceRecord.id));

/**
 * A page of records matching the filter, newest first, before the record `before` (keyset pagination
 * on the sequence number: each page costs the same however deep it is). `nextBefore` is the cursor of
 * the following page, or null on the last one.
 */
export async function listRecords(
  db: Database,
  secret: string,
  filter: RecordFilter,
  page: { before?: number; limit: number },
): Promise<{ records: AdminRecord[]; nextBefore: number | null }> {
  const rows = await selectRecords(db)
    .where(and(...(await conditionsFor(db, filter, secret)), page.before === undefined ? undefined : lt(acceptanceRecord.seq, page.before)))
    .orderBy(desc(acceptanceRecord.seq))
    .limit(page.limit + 1);
  const records = rows.slice(0, page.limit);
  return { records, nextBefore: rows.length > page.limit ? (records.at(-1)?.seq ?? null) : null };
}

/** Records matching the filter with `after` < seq <= `upTo`, oldest first: the export's batches. */
export async function listRecordsAscending(
  db: Database,
  secret: string,
  filter: RecordFilter,
  range: { after: number; upTo: number; limit: number },
): Promise<AdminRecord[]> {
  return selectRecords(db)
    .where(and(...(await conditionsFor(db, filter, secret)), gt(acceptanceRecord.seq, range.after), lte(acceptanceRecord.seq, range.upTo)))
    .orderBy(asc(acceptanceRecord.seq))
    .limit(range.limit);
}

/** One record by its sequence number, with its personal data. */
export async function getRecord(db: Database, seq: number): Promise<AdminRecord | null> {
  const [row] = await selectRecords(db).where(eq(acceptanceRecord.seq, seq));
  return row ?? null;
}
