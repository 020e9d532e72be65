import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { signInPath } from '@/lib/auth/return-path';
import { getSignedInUser, type SignedInUser } from '@/lib/auth/session';
import { getDatabase } from '@/lib/db/database';
import { isAdmin } from './operators';

/** For console pages: the signed-in administrator; anyone else is sent to sign in (and back to `returnPath`), or gets a 403. */
export async function requireAdmin(locale: string, returnPath = `/${locale}/admin`): Promise<SignedInUser> {
  const user = await getSignedInUser();
  if (!user) redirect(signInPath(locale, returnPath));
  if (!(await isAdmin(await getDatabase(), user.id))) forbidden();
  return user;
}

/** For console route handlers: the administrator making the request, or null (answer 403). */
export async function adminOfRequest(): Promise<SignedInUser | null> {
  const user = await getSignedInUser();
  return user && (await isAdmin(await getDatabase(), user.id)) ? user : null;
}
