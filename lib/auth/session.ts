import 'server-only';
import { headers } from 'next/headers';
import { getAuth } from './auth';

export interface SignedInUser {
  id: string;
  email: string;
  /** Whether the person followed the link that confirms the address (not needed to use the account). */
  emailVerified: boolean;
}

/** The signed-in user of this request, or null. */
export async function getSignedInUser(): Promise<SignedInUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? { id: session.user.id, email: session.user.email, emailVerified: session.user.emailVerified } : null;
}
