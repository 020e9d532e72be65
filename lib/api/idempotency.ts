import 'server-only';
import { and, eq, lt } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { apiIdempotency } from '@/lib/db/schema';

/** How long a key is remembered: a host retrying within this time gets the first answer again. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** What a key answered the first time (status 0 while its first request is still being written), or that it was used with another body. */
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

/**
 * Claims a key for its first use (replacing an expired use of the same key) before the request is
 * written, so a second request with the key in the same batch sees it; `answerUse` fills in the answer.
 */
export async function claimUse(tx: Database, use: { host: string; key: string; requestSha256: string }, now = new Date()): Promise<void> {
  await tx
    .insert(apiIdempotency)
    .values({ ...use, status: 0, body: '', createdAt: now })
    .onConflictDoUpdate({ target: [apiIdempotency.host, apiIdempotency.key], set: { requestSha256: use.requestSha256, status: 0, body: '', createdAt: now } });
}

export async function answerUse(tx: Database, use: { host: string; key: string; status: number; body: string }): Promise<void> {
  await tx
    .update(apiIdempotency)
    .set({ status: use.status, body: use.body })
    .where(and(eq(apiIdempotency.host, use.host), eq(apiIdempotency.key, use.key)));
}

/** Drops keys well past their time (kept a week, for the record of retries). */
export async function forgetOldKeys(db: Database, now = new Date()): Promise<void> {
  await db.delete(apiIdempotency).where(lt(apiIdempotency.createdAt, new Date(now.getTime() - 7 * IDEMPOTENCY_KEY_TTL_MS)));
}
