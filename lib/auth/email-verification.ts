import 'server-only';
import { isAPIError } from 'better-auth/api';
import type { Database } from '@/lib/db/open-database';
import { queueEmail } from '@/lib/email/outbox';
import { pageUrl } from '@/lib/email/links';
import { authFor, VERIFY_LINK_DAYS } from './auth';

/** Queues the link that confirms a new account's address, in the signup's transaction. */
export async function queueAddressConfirmation(tx: Database, { user, token }: { user: { id: string; email: string }; token: string }, locale: string): Promise<void> {
  const verifyUrl = pageUrl(locale, '/verify-email', { token });
  await queueEmail(tx, { kind: 'email-verification', to: user.email, locale, userId: user.id, payload: { verifyUrl, expiresInDays: VERIFY_LINK_DAYS } });
}

/** Marks the address of the link's account as confirmed; false when the link is expired or not one of ours. */
export async function confirmAddress(db: Database, token: string): Promise<boolean> {
  try {
    await authFor(db).api.verifyEmail({ query: { token } });
    return true;
  } catch (error) {
    if (isAPIError(error)) return false;
    throw error;
  }
}
