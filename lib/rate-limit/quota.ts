import { lt, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { requestQuota } from '@/lib/db/schema';
import type { RateLimit } from '@/lib/env';

export type QuotaDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one request in `bucket` for the current fixed window and says whether it is within the
 * limit. One atomic upsert in the shared database, so every app instance counts against the same
 * number; when over the limit, how long until the window ends.
 */
export async function takeQuota(db: Database, bucket: string, limit: RateLimit, now = new Date()): Promise<QuotaDecision> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(requestQuota)
    .values({ bucket, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [requestQuota.bucket, requestQuota.windowStart], set: { hits: sql`${requestQuota.hits} + 1` } })
    .returning({ hits: requestQuota.hits });
  if ((row?.hits ?? 0) <= limit.max) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)) };
}

/** Drops windows that ended more than a day ago. */
export async function forgetOldQuotas(db: Database, now = new Date()): Promise<void> {
  await db.delete(requestQuota).where(lt(requestQuota.windowStart, new Date(now.getTime() - 24 * 60 * 60 * 1000)));
}
