'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isAPIError } from 'better-auth/api';
import { hasLocale } from 'next-intl';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { getAuth } from '@/lib/auth/auth';

export interface SignInState {
  email: string;
  failed: boolean;
}

const signInSchema = z.object({ email: z.string().trim().max(254), password: z.string().max(1024) });

/** Signs in with better-auth; any failure gets one message that does not say which field was wrong. */
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const requested = formData.get('locale');
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { email: '', failed: true };
  try {
    const auth = await getAuth();
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (isAPIError(error)) return { email: parsed.data.email, failed: true };
    throw error;
  }
  redirect(`/${locale}/account`);
}
