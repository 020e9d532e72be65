import 'server-only';
import { isAPIError } from 'better-auth/api';
import type { Locale } from 'next-intl';
import type { Database } from '@/lib/db/open-database';
import { pageUrl } from '@/lib/email/links';
import { queueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { rateLimitRefusals } from '@/lib/metrics/metrics';
import { takeQuota } from '@/lib/rate-limit/quota';
import { authFor, createAuth, RESET_LINK_MINUTES } from './auth';

export type ResetRequestOutcome = { ok: true } | { ok: false; reason: 'email-off' | 'limited' };

/**
 * Emails a single-use reset link if `email` has an account, and answers the same either way (no
 * account enumeration). The token and its email are written in one transaction. Limited per address
 * and per email, whether or not it has an account.
 */
export async function requestPasswordReset(db: Database, request: { email: string; locale: Locale; address: string }): Promise<ResetRequestOutcome> {
  const { mail, rateLimits } = env();
  if (!mail) return { ok: false, reason: 'email-off' };
  const email = request.email.toLowerCase();
  return db.transaction(async (tx) => {
    for (const bucket of [`password-reset:${request.address}`, `password-reset:${email}`]) {
      if (!(await takeQuota(tx, bucket, rateLimits['password-reset'])).allowed) {
        rateLimitRefusals.inc({ kind: 'password-reset' });
        return { ok: false, reason: 'limited' } as const;
      }
    }
    const auth = createAuth(tx, {
      onResetRequested: async ({ user, token }) => {
        const resetUrl = pageUrl(request.locale, '/reset-password', { token });
        await queueEmail(tx, { kind: 'password-reset', to: user.email, locale: request.locale, userId: user.id, payload: { resetUrl, expiresInMinutes: RESET_LINK_MINUTES } });
      },
    });
    await auth.api.requestPasswordReset({ body: { email } });
    return { ok: true } as const;
  });
}

export type ResetOutcome = { ok: true } | { ok: false; reason: 'invalid-link' | 'password-rejected' };

/** Sets a new password with a reset link's token (spent by it), and signs the account out everywhere. */
export async function resetPassword(db: Database, token: string, newPassword: string): Promise<ResetOutcome> {
  try {
    await authFor(db).api.resetPassword({ body: { token, newPassword } });
    return { ok: true };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const code = typeof error.body?.code === 'string' ? error.body.code : '';
    if (code.startsWith('PASSWORD_')) return { ok: false, reason: 'password-rejected' };
    if (code === 'INVALID_TOKEN' || code === 'USER_NOT_FOUND') return { ok: false, reason: 'invalid-link' };
    throw error;
  }
}
