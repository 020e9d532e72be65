import 'server-only';
import { isAPIError } from 'better-auth/api';
import { createAuth } from '@/lib/auth/auth';
import { queueAddressConfirmation } from '@/lib/auth/email-verification';
import type { Database } from '@/lib/db/open-database';
import { env } from '@/lib/env';
import { takeQuota } from '@/lib/rate-limit/quota';
import { serverSecret } from '@/lib/secret';
import type { AgreementToAccept } from './agreements-to-accept';
import { type AssertedContext, clickwrapAcceptances, type ObservedRequest } from './clickwrap-evidence';
import { appendAcceptances } from '@/lib/ledger/records';
import { queueAcceptanceConfirmation } from './acceptance-confirmation';
import { countCommittedAppends, rateLimitRefusals } from '@/lib/metrics/metrics';

export interface SignupRequest {
  email: string;
  /** The language the person signed up in: their email is written in it. */
  locale: string;
  password: string;
  /** The agreements the form showed and the user ticked, exactly as shown. */
  accepted: AgreementToAccept[];
  /** SHA-256 of the words the person acted on for each agreement (lib/clickwrap/wording.ts). */
  wordingSha256: (agreement: AgreementToAccept) => string;
  /** The client's address: accounts created from it are limited. */
  clientAddress: string;
  observed: ObservedRequest;
  asserted: AssertedContext;
  /** The request's headers, which better-auth reads. */
  headers: Headers;
}

export type SignupOutcome = { ok: true; userId: string } | { ok: false; reason: 'email-taken' | 'password-rejected' | 'rate-limited' };

/** Thrown inside the transaction to roll it back when the address has created too many accounts. */
class SignupLimitReached extends Error {}

/**
 * Creates the account and records one acceptance per agreement in a single transaction: better-auth
 * runs on the transaction, so either both commit or neither does. The address's count of accounts
 * created is taken in the same transaction, so a signup that fails (a taken email) does not count.
 */
export async function signUpWithAcceptances(db: Database, request: SignupRequest): Promise<SignupOutcome> {
  try {
    const { userId, records } = await db.transaction(async (tx) => {
      if (!(await takeQuota(tx, `signup:${request.clientAddress}`, env().rateLimits.signup)).allowed) throw new SignupLimitReached();
      const auth = createAuth(tx, { onVerificationRequested: env().mail ? (issued) => queueAddressConfirmation(tx, issued, request.locale) : undefined });
      const { user } = await auth.api.signUpEmail({
        body: { email: request.email, password: request.password, name: request.email, locale: request.locale },
        headers: request.headers,
      });
      const appended = await appendAcceptances(tx, serverSecret(), clickwrapAcceptances({ ...request, userId: user.id, method: 'signup-checkbox' }));
      await queueAcceptanceConfirmation(tx, { to: request.email, locale: request.locale, userId: user.id, agreements: request.accepted, records: appended });
      return { userId: user.id, records: appended };
    });
    countCommittedAppends(records);
    return { ok: true, userId };
  } catch (error) {
    if (error instanceof SignupLimitReached) {
      rateLimitRefusals.inc({ kind: 'signup' });
      return { ok: false, reason: 'rate-limited' };
    }
    if (isAPIError(error)) {
      const code = typeof error.body?.code === 'string' ? error.body.code : '';
      if (code.startsWith('USER_ALREADY_EXISTS')) return { ok: false, reason: 'email-taken' };
      if (code.startsWith('PASSWORD_')) return { ok: false, reason: 'password-rejected' };
    }
    throw error;
  }
}
