import 'server-only';
import { isAPIError } from 'better-auth/api';
import { pseudonym } from '@/lib/ledger/record-hash';
import type { Database } from '@/lib/db/open-database';
import { env } from '@/lib/env';
import { rateLimitRefusals } from '@/lib/metrics/metrics';
import { takeQuota } from '@/lib/rate-limit/quota';
import { checkLimit, limitRequest } from '@/lib/rate-limit/request-limits';
import { serverSecret } from '@/lib/secret';
import { authFor } from './auth';

export type SignInOutcome = { ok: true } | { ok: false; reason: 'mismatch' | 'limited' };

/**
 * Under a distributed guess at one account (more failures for the email, from all addresses, than this
 * many times the per-address allowance), each address gets a single failure for it. The owner, from an
 * address that has not failed, still signs in at the first try.
 */
const UNDER_ATTACK_FACTOR = 10;

/**
 * Signs in with email and password, limited so that guessing cannot lock the owner out:
 * - every attempt counts against the client address (one client trying many accounts);
 * - failures count per email and address, and an address that failed too often for an email must wait
 *   (a back-off that strangers cannot impose on the owner's own address);
 * - failures for the email from every address count too, and tighten the per-address allowance while
 *   an account is under a distributed attack.
 * Emails appear in the counters only as keyed pseudonyms.
 */
export async function signInWithLimits(db: Database, input: { email: string; password: string; address: string; headers: Headers }): Promise<SignInOutcome> {
  const limits = env().rateLimits;
  const emailKey = pseudonym(serverSecret(), 'email', input.email.toLowerCase());
  const pairBucket = `signin-failed:${emailKey}:${input.address}`;
  const emailBucket = `signin-failed:${emailKey}`;
  const emailLimit = { ...limits['signin-failed'], max: limits['signin-failed'].max * UNDER_ATTACK_FACTOR };

  if (!(await limitRequest('signin', input.address, db)).allowed) return { ok: false, reason: 'limited' };
  const underAttack = !(await checkLimit('signin-failed', emailKey, db, emailLimit)).allowed;
  const pairLimit = underAttack ? { ...limits['signin-failed'], max: 1 } : limits['signin-failed'];
  if (!(await checkLimit('signin-failed', `${emailKey}:${input.address}`, db, pairLimit)).allowed) {
    rateLimitRefusals.inc({ kind: 'signin-failed' });
    return { ok: false, reason: 'limited' };
  }

  try {
    await authFor(db).api.signInEmail({ body: { email: input.email, password: input.password }, headers: input.headers });
    return { ok: true };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await takeQuota(db, pairBucket, pairLimit);
    await takeQuota(db, emailBucket, emailLimit);
    return { ok: false, reason: 'mismatch' };
  }
}
