'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getAuth } from '@/lib/auth/auth';

export async function signOut(formData: FormData): Promise<void> {
  const requested = formData.get('locale');
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect(`/${locale}`);
}
