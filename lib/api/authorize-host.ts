import 'server-only';
import type { Database } from '@/lib/db/open-database';
import { env } from '@/lib/env';
import { clientAddress } from '@/lib/net/client-address';
import type { QuotaDecision } from '@/lib/rate-limit/quota';
import { limitRequest } from '@/lib/rate-limit/request-limits';
import { authenticateHost } from './api-keys';
import { problem } from './problem';

const unauthorized = () =>
  problem(401, 'Unauthorized', 'Send a valid API key as "Authorization: Bearer <key>".', undefined, { 'www-authenticate': 'Bearer' });

function tooManyRequests(decision: Extract<QuotaDecision, { allowed: false }>, limit: { max: number; windowSeconds: number }, who: string): Response {
  return problem(
    429,
    'Too many requests',
    `${who} may make ${limit.max} requests every ${limit.windowSeconds} seconds. Try again in ${decision.retryAfterSeconds} seconds; nothing was recorded.`,
    undefined,
    { 'retry-after': String(decision.retryAfterSeconds) },
  );
}

/**
 * The host service behind the request's API key, within its request limit. Otherwise the response to
 * send: 401 for a missing or wrong key (failed attempts are limited per client address, against key
 * guessing) or 429 with Retry-After.
 */
export async function authorizeHost(db: Database, request: Request): Promise<{ host: string } | { response: Response }> {
  const host = await authenticateHost(db, request.headers.get('authorization'));
  const { rateLimits } = env();
  if (!host) {
    const decision = await limitRequest('api-auth', clientAddress(request.headers), db);
    return { response: decision.allowed ? unauthorized() : tooManyRequests(decision, rateLimits['api-auth'], 'A client without a valid key') };
  }
  const decision = await limitRequest('api', host, db);
  return decision.allowed ? { host } : { response: tooManyRequests(decision, rateLimits.api, `The host service "${host}"`) };
}
