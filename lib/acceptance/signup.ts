import 'server-only';
import { createHash } from 'node:crypto';
import { isAPIError } from 'better-auth/api';
import { createAuth } from '@/lib/auth/auth';
import type { Database } from '@/lib/db/open-database';
import { serverSecret } from '@/lib/secret';
import type { AgreementToAccept } from './agreements-to-accept';
import { appendAcceptances } from './ledger';

export interface SignupRequest {
  email: string;
  password: string;
  /** The agreements the form showed and the user ticked, exactly as shown. */
  accepted: AgreementToAccept[];
  /** The sentence beside each checkbox and the button's words, as rendered. */
  wording: (agreement: AgreementToAccept) => string;
  observed: { ipAddress: string | null; userAgent: string | null; pageUrl: string | null; headers: Headers };
  asserted: { timeZone: string | null; referrer: string | null };
}

export type SignupOutcome = { ok: true; userId: string } | { ok: false; reason: 'email-taken' | 'password-rejected' };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Creates the account and records one acceptance per agreement in a single transaction: better-auth
 * runs on the transaction, so either both commit or neither does.
 */
export async function signUpWithAcceptances(db: Database, request: SignupRequest): Promise<SignupOutcome> {
  try {
    const userId = await db.transaction(async (tx) => {
      const auth = createAuth(tx);
      const { user } = await auth.api.signUpEmail({
        body: { email: request.email, password: request.password, name: request.email },
        headers: request.observed.headers,
      });
      await appendAcceptances(
        tx,
        serverSecret(),
        request.accepted.map((agreement) => ({
          userId: user.id,
          agreement: agreement.slug,
          version: agreement.version,
          language: agreement.language,
          contentSha256: agreement.sha256,
          method: 'signup-checkbox',
          wordingSha256: sha256(request.wording(agreement)),
          email: request.email,
          ipAddress: request.observed.ipAddress,
          userAgent: request.observed.userAgent,
          pageUrl: request.observed.pageUrl,
          referrer: request.asserted.referrer,
          clientTimeZone: request.asserted.timeZone,
        })),
      );
      return user.id;
    });
    return { ok: true, userId };
  } catch (error) {
    if (isAPIError(error)) {
      const code = typeof error.body?.code === 'string' ? error.body.code : '';
      if (code.startsWith('USER_ALREADY_EXISTS')) return { ok: false, reason: 'email-taken' };
      if (code.startsWith('PASSWORD_')) return { ok: false, reason: 'password-rejected' };
    }
    throw error;
  }
}
