import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignupForm } from '@/components/account/signup-form';
import { Link } from '@/components/ui/link';
import { clickwrapWording } from '@/lib/clickwrap/wording';
import { agreementsToAccept } from '@/lib/acceptance/agreements-to-accept';
import { getSignedInUser } from '@/lib/auth/session';
import { signUp } from './actions';

type Props = { params: Promise<{ locale: Locale }> };

// The versions to accept change at their effective dates, so the form is rendered per request.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Signup' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SignupPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getSignedInUser()) redirect(`/${locale}/account`);
  const t = await getTranslations('Signup');
  const agreements = agreementsToAccept(locale);
  const wording = await clickwrapWording(locale, 'signup');
  const errorKeys = ['emailInvalid', 'emailTaken', 'passwordShort', 'passwordLong', 'rateLimited', 'unexpected', 'errorSummary'] as const;

  return (
    <div className="mx-auto max-w-xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('title')}</h1>
      <p className="mt-3 text-ink-soft">{t('intro')}</p>
      <SignupForm
        action={signUp}
        locale={locale}
        agreements={agreements.map((agreement) => ({
          ...agreement,
          acceptLabel: wording.checkbox(agreement),
          readLabel: t('readLink', { title: agreement.navTitle }),
          mustAccept: t('mustAccept', { title: agreement.title }),
          changed: t('agreementChanged', { title: agreement.title, version: agreement.version }),
        }))}
        labels={{
          ...Object.fromEntries(errorKeys.map((key) => [key, t(key)])),
          email: t('email'),
          password: t('password'),
          passwordHint: t('passwordHint'),
          agreementsLegend: t('agreementsLegend'),
          submit: wording.button,
        }}
      />
      <p className="mt-8 text-sm text-ink-soft">
        {t('haveAccount')}{' '}
        <Link href="/signin" className="font-medium text-accent underline">
          {t('signIn')}
        </Link>
      </p>
    </div>
  );
}
