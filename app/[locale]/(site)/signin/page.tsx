import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/account/signin-form';
import { Link } from '@/components/ui/link';
import { safeReturnPath } from '@/lib/auth/return-path';
import { getSignedInUser } from '@/lib/auth/session';
import { signIn } from './actions';
import { Notice } from '@/components/ui/notice';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[]; reset?: string | string[]; 'signed-out'?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'SignIn' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const next = safeReturnPath(query.next, locale);
  if (await getSignedInUser()) redirect(next);
  const t = await getTranslations('SignIn');
  return (
    <div className="mx-auto max-w-md px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('title')}</h1>
      {(query.reset === 'done' || query['signed-out'] === '1') && (
        <Notice status className="mt-6">
          {query.reset === 'done' ? t('resetDone') : t('signedOut')}
        </Notice>
      )}
      <SignInForm
        action={signIn}
        locale={locale}
        next={next}
        labels={{ email: t('email'), password: t('password'), showPassword: t('showPassword'), submit: t('submit'), invalid: t('invalid'), limited: t('limited') }}
      />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-accent underline">
          {t('forgotPassword')}
        </Link>
      </p>
      <p className="mt-8 text-sm text-ink-soft">
        {t('noAccount')}{' '}
        <Link href="/signup" className="font-medium text-accent underline">
          {t('createAccount')}
        </Link>
      </p>
    </div>
  );
}
