import 'server-only';
import { getDatabase } from '@/lib/db/database';
import type { Database } from '@/lib/db/open-database';
import { env, type RateLimitKind } from '@/lib/env';
import { rateLimitRefusals } from '@/lib/metrics/metrics';
import { forgetOldQuotas, peekQuota, type QuotaDecision, takeQuota } from './quota';

/** Counts a request of `kind` by `key` (an address, a host) against the configured limit; a refusal is counted in the metrics. */
export async function limitRequest(kind: RateLimitKind, key: string, db?: Database): Promise<QuotaDecision> {
  const database = db ?? (await getDatabase());
  // Now and then, tidy up windows long over; cheap, and no scheduler to run.
  if (Math.random() < 0.01) await forgetOldQuotas(database);
  const decision = await takeQuota(database, `${kind}:${key}`, env().rateLimits[kind]);
  if (!decision.allowed) rateLimitRefusals.inc({ kind });
  return decision;
}

/** Whether one more request of `kind` by `key` would be within the limit, without counting it (nor, in the metrics, a refusal). */
export async function checkLimit(kind: RateLimitKind, key: string, db: Database, limit = env().rateLimits[kind]): Promise<QuotaDecision> {
  return peekQuota(db, `${kind}:${key}`, limit);
}
