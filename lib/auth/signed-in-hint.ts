import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { SIGNED_IN_COOKIE } from './signed-in-cookie';

/** better-auth's default session lifetime: the hint outlives no session. */
const SESSION_SECONDS = 7 * 24 * 60 * 60;

/** Sets the signed-in hint (lib/auth/signed-in-cookie.ts) once a session has begun. */
export async function rememberSignedIn(): Promise<void> {
  (await cookies()).set(SIGNED_IN_COOKIE, '1', { path: '/', sameSite: 'lax', maxAge: SESSION_SECONDS, secure: env().siteUrl.startsWith('https://') });
}

export async function forgetSignedIn(): Promise<void> {
  (await cookies()).delete(SIGNED_IN_COOKIE);
}
