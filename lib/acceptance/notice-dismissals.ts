import 'server-only';
import { cookies } from 'next/headers';
import type { AgreementStatus } from './status';

/** A cookie per agreement names the version whose minor-change notice the user dismissed. */
const cookieName = (slug: string) => `accord-seen-${slug}`;
const ONE_YEAR = 60 * 60 * 24 * 365;

/** Minor changes the user has not dismissed yet. */
export async function undismissedMinorChanges(statuses: AgreementStatus[]): Promise<AgreementStatus[]> {
  const jar = await cookies();
  return statuses.filter((status) => status.changeSinceAccepted === 'minor' && jar.get(cookieName(status.agreement))?.value !== status.currentVersion);
}

export async function dismissNotice(slug: string, version: string): Promise<void> {
  (await cookies()).set(cookieName(slug), version, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax', httpOnly: true });
}
