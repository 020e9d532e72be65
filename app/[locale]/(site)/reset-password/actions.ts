'use server';

import { redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { localizedPath } from '@/i18n/navigation';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/limits';
import { resetPassword } from '@/lib/auth/password-reset';
import { getDatabase } from '@/lib/db/database';

export interface ResetPasswordState {
  problem: 'none' | 'password-length' | 'invalid-link';
}

// better-auth's reset tokens are letters and digits: anything else (a NUL, a lone surrogate) is no link of ours.
const schema = z.object({ token: z.string().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/), password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH) });

/** Sets the new password, then sends the person to sign in with it. */
export async function chooseNewPassword(_previous: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  const requested = formData.get('locale');
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parsed = schema.safeParse({ token: formData.get('token'), password: formData.get('password') });
  if (!parsed.success) return { problem: parsed.error.issues.some((issue) => issue.path[0] === 'token') ? 'invalid-link' : 'password-length' };
  const outcome = await resetPassword(await getDatabase(), parsed.data.token, parsed.data.password);
  if (!outcome.ok) return { problem: outcome.reason === 'invalid-link' ? 'invalid-link' : 'password-length' };
  redirect(`${localizedPath('/signin', locale)}?reset=done`);
}
