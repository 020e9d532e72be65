import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { Link } from '@/components/ui/link';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/limits';
import { chooseNewPassword } from './actions';
import { Notice } from '@/components/ui/notice';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ResetPassword' });
  // The link carries a secret: never indexed, and never sent on as a referrer.
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations('ResetPassword');
  const newLink = (
    <p>
      <Link href="/forgot-password" className="font-medium text-accent underline">
        {t('askAgain')}
      </Link>
    </p>
  );
  return (
    <div className="mx-auto max-w-md px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('title')}</h1>
      {typeof token === 'string' && token.length > 0 ? (
        <ResetPasswordForm
          action={chooseNewPassword}
          locale={locale}
          token={token}
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={MAX_PASSWORD_LENGTH}
          labels={{
            password: t('password'),
            hint: t('hint', { min: MIN_PASSWORD_LENGTH }),
            showPassword: t('showPassword'),
            submit: t('submit'),
            passwordLength: t('passwordLength', { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }),
            invalidLink: t('invalidLink'),
          }}
          newLink={newLink}
        />
      ) : (
        <div className="mt-8 space-y-4">
          <Notice>{t('invalidLink')}</Notice>
          {newLink}
        </div>
      )}
    </div>
  );
}
