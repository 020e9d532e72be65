import 'server-only';
import type { Database } from '@/lib/db/open-database';
import { env } from '@/lib/env';
import { clientAddress } from '@/lib/net/client-address';
import type { QuotaDecision } from '@/lib/rate-limit/quota';
import { limitRequest } from '@/lib/rate-limit/request-limits';
import type { Answer, HeaderReader } from './answer';
import { authenticateHost } from './api-keys';
import { problemAnswer } from './problem';

const unauthorized = () =>
  problemAnswer(401, 'Unauthorized', 'Send a valid API key as "Authorization: Bearer <key>".', undefined, { 'www-authenticate': 'Bearer' });

function tooManyRequests(decision: Extract<QuotaDecision, { allowed: false }>, limit: { max: number; windowSeconds: number }, who: string): Answer {
  return problemAnswer(
    429,
    'Too many requests',
    `${who} may make ${limit.max} requests every ${limit.windowSeconds} seconds. Try again in ${decision.retryAfterSeconds} seconds; nothing was recorded.`,
    undefined,
    { 'retry-after': String(decision.retryAfterSeconds) },
  );
}

/**
 * The host service behind the request's API key, not yet counted against its request limit (a request
 * written by group commit is counted in its batch's transaction). Otherwise 401 for a missing or wrong
 * key (failed attempts are limited per client address, against key guessing) or 429 with Retry-After.
 */
export async function authenticateRequest(db: Database, headers: HeaderReader): Promise<{ host: string } | { refusal: Answer }> {
  const host = await authenticateHost(db, headers.get('authorization'));
  if (host) return { host };
  const decision = await limitRequest('api-auth', clientAddress(headers), db);
  return { refusal: decision.allowed ? unauthorized() : tooManyRequests(decision, env().rateLimits['api-auth'], 'A client without a valid key') };
}

/** The 429 for a host over its request limit. */
export const hostOverLimit = (host: string, decision: Extract<QuotaDecision, { allowed: false }>) =>
  tooManyRequests(decision, env().rateLimits.api, `The host service "${host}"`);

/** The host service behind the request's API key, counted against its request limit; else the answer to send. */
export async function authorizeHost(db: Database, headers: HeaderReader): Promise<{ host: string } | { refusal: Answer }> {
  const authenticated = await authenticateRequest(db, headers);
  if ('refusal' in authenticated) return authenticated;
  const decision = await limitRequest('api', authenticated.host, db);
  return decision.allowed ? authenticated : { refusal: hostOverLimit(authenticated.host, decision) };
}
