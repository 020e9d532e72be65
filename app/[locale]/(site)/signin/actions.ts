'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { safeReturnPath } from '@/lib/auth/return-path';
import { rememberSignedIn } from '@/lib/auth/signed-in-hint';
import { signInWithLimits } from '@/lib/auth/sign-in';
import { getDatabase } from '@/lib/db/database';
import { clientAddress } from '@/lib/net/client-address';

export interface SignInState {
  email: string;
  failed: boolean;
  /** Too many attempts from this address, or for this email: nothing was checked. */
  limited: boolean;
}

const signInSchema = z.object({ email: z.string().trim().max(254), password: z.string().max(1024) });

/**
 * Signs in with better-auth, then goes where the user was going (`next`, a path on this site) or to the
 * account page; any failure gets one message that does not say which field was wrong.
 */
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const requested = formData.get('locale');
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { email: '', failed: true, limited: false };
  const requestHeaders = await headers();
  const outcome = await signInWithLimits(await getDatabase(), { ...parsed.data, address: clientAddress(requestHeaders), headers: requestHeaders });
  if (!outcome.ok) return { email: parsed.data.email, failed: outcome.reason === 'mismatch', limited: outcome.reason === 'limited' };
  await rememberSignedIn();
  redirect(safeReturnPath(formData.get('next'), locale));
}
