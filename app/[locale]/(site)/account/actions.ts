'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { z } from 'zod';
import { dismissNotice } from '@/lib/acceptance/notice-dismissals';
import { getAuth } from '@/lib/auth/auth';
import { forgetSignedIn } from '@/lib/auth/signed-in-hint';
import { getVersionHistory } from '@/lib/content/agreements';

export async function signOut(_state: null, formData: FormData): Promise<null> {
  const requested = formData.get('locale');
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  await forgetSignedIn();
  redirect(`/${locale}/signin?signed-out=1`);
}

const dismissSchema = z.object({ slug: z.string().max(100), version: z.string().max(50) });

/** Hides a minor-change notice for the version it announced; a later change shows a new one. */
export async function dismissUpdateNotice(_state: null, formData: FormData): Promise<null> {
  const requested = formData.get('locale');
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const parsed = dismissSchema.safeParse({ slug: formData.get('slug'), version: formData.get('version') });
  const known = parsed.success && getVersionHistory(parsed.data.slug).some((entry) => entry.meta.version === parsed.data.version);
  if (parsed.success && known) await dismissNotice(parsed.data.slug, parsed.data.version);
  redirect(`/${locale}/account`);
}
