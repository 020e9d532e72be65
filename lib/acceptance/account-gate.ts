import 'server-only';
import { redirect } from 'next/navigation';
import { signInPath } from '@/lib/auth/return-path';
import { getSignedInUser, type SignedInUser } from '@/lib/auth/session';
import { getAgreementHistories } from '@/lib/content/agreements';
import { getDatabase } from '@/lib/db/database';
import { type AgreementStatus, acceptanceStatus } from './status';

/** Where each agreement stands for this user against the versions in force now. */
export async function getAcceptanceStatuses(userId: string): Promise<AgreementStatus[]> {
  return acceptanceStatus(await getDatabase(), [userId], getAgreementHistories());
}

const reacceptPath = (locale: string, returnPath: string) => `/${locale}/reaccept?${new URLSearchParams({ next: returnPath }).toString()}`;

/**
 * For pages that need an account: the signed-in user, once they have accepted every agreement whose
 * current version they owe (a major change, or never accepted). Otherwise this redirects: to sign-in,
 * or to the re-acceptance interstitial, each returning to `returnPath` afterwards.
 */
export async function requireAgreedUser(locale: string, returnPath: string): Promise<{ user: SignedInUser; statuses: AgreementStatus[] }> {
  const user = await getSignedInUser();
  if (!user) redirect(signInPath(locale, returnPath));
  const statuses = await getAcceptanceStatuses(user.id);
  if (statuses.some((status) => status.acceptanceRequired)) redirect(reacceptPath(locale, returnPath));
  return { user, statuses };
}
