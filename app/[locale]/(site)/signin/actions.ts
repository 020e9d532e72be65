'use server';

import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isAPIError } from 'better-auth/api';
import { hasLocale } from 'next-intl';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { getAuth } from '@/lib/auth/auth';
import { clientAddress } from '@/lib/rate-limit/client-address';
import { limitRequest } from '@/lib/rate-limit/request-limits';

export interface SignInState {
  email: string;
  failed: boolean;
  /** Too many attempts from this address, or for this email: nothing was checked. */
  limited: boolean;
}

const signInSchema = z.object({ email: z.string().trim().max(254), password: z.string().max(1024) });

/** Signs in with better-auth; any failure gets one message that does not say which field was wrong. */
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const requested = formData.get('locale');
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { email: '', failed: true, limited: false };
  const requestHeaders = await headers();
  // Per address (one client trying many accounts) and per email (many clients trying one account).
  const byAddress = await limitRequest('signin', clientAddress(requestHeaders));
  const byEmail = await limitRequest('signin', `email:${createHash('sha256').update(parsed.data.email.toLowerCase()).digest('hex')}`);
  if (!byAddress.allowed || !byEmail.allowed) return { email: parsed.data.email, failed: false, limited: true };
  try {
    const auth = await getAuth();
    await auth.api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    if (isAPIError(error)) return { email: parsed.data.email, failed: true, limited: false };
    throw error;
  }
  redirect(`/${locale}/account`);
}
