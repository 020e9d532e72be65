'use server';

import { headers } from 'next/headers';
import { hasLocale } from 'next-intl';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { requestPasswordReset } from '@/lib/auth/password-reset';
import { getDatabase } from '@/lib/db/database';
import { clientAddress } from '@/lib/net/client-address';

export interface ForgotPasswordState {
  email: string;
  /** sent: the same answer whether or not the email has an account. */
  outcome: 'none' | 'sent' | 'invalid-email' | 'limited' | 'email-off';
}

const schema = z.object({ email: z.email().max(254) });

export async function askForResetLink(_previous: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  const requested = formData.get('locale');
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const entered = typeof formData.get('email') === 'string' ? String(formData.get('email')).trim().slice(0, 254) : '';
  const parsed = schema.safeParse({ email: entered });
  if (!parsed.success) return { email: entered, outcome: 'invalid-email' };
  const outcome = await requestPasswordReset(await getDatabase(), { email: parsed.data.email, locale, address: clientAddress(await headers()) });
  return { email: parsed.data.email, outcome: outcome.ok ? 'sent' : outcome.reason };
}
