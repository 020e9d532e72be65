import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ForgotPasswordForm } from '@/components/account/forgot-password-form';
import { Link } from '@/components/ui/link';
import { RESET_LINK_MINUTES } from '@/lib/auth/auth';
import { env } from '@/lib/env';
import { askForResetLink } from './actions';
import { Notice } from '@/components/ui/notice';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ForgotPassword' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ForgotPassword');
  return (
    <div className="mx-auto max-w-md px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('title')}</h1>
      {env().mail ? (
        <>
          <p className="mt-4 text-ink-soft">{t('intro', { minutes: RESET_LINK_MINUTES })}</p>
          <ForgotPasswordForm
            action={askForResetLink}
            locale={locale}
            labels={{ email: t('email'), submit: t('submit'), invalidEmail: t('invalidEmail'), limited: t('limited'), emailOff: t('emailOff'), sent: t('sent', { minutes: RESET_LINK_MINUTES, email: '{email}' }) }}
          />
        </>
      ) : (
        <Notice className="mt-6">{t('emailOff')}</Notice>
      )}
      <p className="mt-8 text-sm text-ink-soft">
        <Link href="/signin" className="font-medium text-accent underline">
          {t('backToSignIn')}
        </Link>
      </p>
    </div>
  );
}
