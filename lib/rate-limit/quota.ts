import { and, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { requestQuota } from '@/lib/db/schema';
import type { RateLimit } from '@/lib/env';

/** A FROM item that is always the same SQL, and a name for the statements built on it. */
export interface NamedSource {
  source: SQL;
  name: string;
}

export type QuotaDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one request in `bucket` for the current fixed window and says whether it is within the
 * limit. One atomic upsert in the shared database, so every app instance counts against the same
 * number; when over the limit, how long until the window ends.
 */
export async function takeQuota(db: Database, bucket: string, limit: RateLimit, now = new Date()): Promise<QuotaDecision> {
  const [decision] = await takeQuotas(db, bucket, limit, 1, now);
  return decision ?? { allowed: true };
}

/**
 * Counts `count` requests in `bucket` at once (one upsert, for requests written in one transaction)
 * and decides each in order, as `count` calls of takeQuota in a row would. With `from`, the counted row
 * is selected from that FROM item, so a lock it takes (lib/ledger/lock.ts) is taken by the same
 * statement, before the row's. The upsert is a named statement (parsed once a connection), so a FROM
 * item comes with a name of its own and must always be the same SQL.
 */
export async function takeQuotas(db: Database, bucket: string, limit: RateLimit, count: number, now = new Date(), from?: NamedSource): Promise<QuotaDecision[]> {
  const { windowStart } = windowOf(limit, now);
  const insert = from
    ? db.insert(requestQuota).select(sql`select ${bucket}::text, ${windowStart.toISOString()}::timestamptz, ${count}::integer from ${from.source}`)
    : db.insert(requestQuota).values({ bucket, windowStart, hits: count });
  const [row] = await insert
    .onConflictDoUpdate({ target: QUOTA_ROW, set: { hits: sql`${requestQuota.hits} + ${count}` } })
    .returning({ hits: requestQuota.hits })
    .prepare(from ? `accord_take_quota_from_${from.name}` : 'accord_take_quota')
    .execute();
  const before = (row?.hits ?? count) - count;
  return Array.from({ length: count }, (_, index) => decide(before + index + 1, limit, now));
}

const QUOTA_ROW = [requestQuota.bucket, requestQuota.windowStart];

/**
 * takeQuotas's upsert as part of a larger statement (lib/ledger/records.ts, appendAtOnce): counts
 * `count` requests in `bucket`, selecting from `from` where `when` holds, only if all of them are
 * within the limit. It returns the new count, or no row when it counted nothing.
 */
export function countAllOrNothing(db: Database, bucket: string, limit: RateLimit, count: number, now: Date, from: SQL, when: SQL): SQL {
  const { windowStart } = windowOf(limit, now);
  return db
    .insert(requestQuota)
    .select(sql`select ${bucket}::text, ${windowStart.toISOString()}::timestamptz, ${count}::integer from ${from} where ${when} and ${count}::integer <= ${limit.max}::integer`)
    .onConflictDoUpdate({ target: QUOTA_ROW, set: { hits: sql`${requestQuota.hits} + ${count}::integer` }, setWhere: sql`${requestQuota.hits} + ${count}::integer <= ${limit.max}::integer` })
    .returning({ hits: requestQuota.hits })
    .getSQL();
}

/** Whether one more request in `bucket` would be within the limit, without counting it. */
export async function peekQuota(db: Database, bucket: string, limit: RateLimit, now = new Date()): Promise<QuotaDecision> {
  const { windowStart } = windowOf(limit, now);
  const [row] = await db
    .select({ hits: requestQuota.hits })
    .from(requestQuota)
    .where(and(eq(requestQuota.bucket, bucket), eq(requestQuota.windowStart, windowStart)));
  return decide((row?.hits ?? 0) + 1, limit, now);
}

function windowOf(limit: RateLimit, now: Date) {
  const windowMs = limit.windowSeconds * 1000;
  return { windowMs, windowStart: new Date(Math.floor(now.getTime() / windowMs) * windowMs) };
}

function decide(hits: number, limit: RateLimit, now: Date): QuotaDecision {
  if (hits <= limit.max) return { allowed: true };
  const { windowMs, windowStart } = windowOf(limit, now);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)) };
}

/** Drops windows that ended more than a day ago. */
export async function forgetOldQuotas(db: Database, now = new Date()): Promise<void> {
  await db.delete(requestQuota).where(lt(requestQuota.windowStart, new Date(now.getTime() - 24 * 60 * 60 * 1000)));
}
