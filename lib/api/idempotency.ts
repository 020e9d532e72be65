import 'server-only';
import { and, eq, lt } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { apiIdempotency } from '@/lib/db/schema';

/** How long a key is remembered: a host retrying within this time gets the first answer again. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** What a key answered the first time, or that it was used with another body. */
export type EarlierUse = { kind: 'replay'; status: number; body: string } | { kind: 'conflict' };

/**
 * What this host's key answered before, if it is still remembered. Call under the ledger lock, so two
 * requests with one key cannot both miss it.
 */
export async function earlierUse(tx: Database, host: string, key: string, requestSha256: string, now = new Date()): Promise<EarlierUse | null> {
  const [row] = await tx
    .select()
    .from(apiIdempotency)
    .where(and(eq(apiIdempotency.host, host), eq(apiIdempotency.key, key)));
  if (!row || row.createdAt.getTime() < now.getTime() - IDEMPOTENCY_KEY_TTL_MS) return null;
  return row.requestSha256 === requestSha256 ? { kind: 'replay', status: row.status, body: row.body } : { kind: 'conflict' };
}

/** Remembers the answer to a key's first use (replacing an expired use of the same key). */
export async function rememberUse(tx: Database, use: { host: string; key: string; requestSha256: string; status: number; body: string }, now = new Date()): Promise<void> {
  await tx
    .insert(apiIdempotency)
    .values({ ...use, createdAt: now })
    .onConflictDoUpdate({ target: [apiIdempotency.host, apiIdempotency.key], set: { requestSha256: use.requestSha256, status: use.status, body: use.body, createdAt: now } });
}

/** Drops keys well past their time (kept a week, for the record of retries). */
export async function forgetOldKeys(db: Database, now = new Date()): Promise<void> {
  await db.delete(apiIdempotency).where(lt(apiIdempotency.createdAt, new Date(now.getTime() - 7 * IDEMPOTENCY_KEY_TTL_MS)));
}
