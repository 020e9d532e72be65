import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConfirmAddressForm } from '@/components/account/confirm-address-form';
import { confirmEmailAddress } from './actions';
import { Notice } from '@/components/ui/notice';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ConfirmAddress' });
  // The link carries a token: never indexed, and never sent on as a referrer.
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function ConfirmAddressPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations('ConfirmAddress');
  return (
    <div className="mx-auto max-w-md px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('title')}</h1>
      <p className="mt-4 text-ink-soft">{t('intro')}</p>
      {typeof token === 'string' && token.length > 0 ? (
        <ConfirmAddressForm action={confirmEmailAddress} token={token} labels={{ submit: t('submit'), confirmed: t('confirmed'), invalidLink: t('invalidLink') }} />
      ) : (
        <Notice className="mt-8">{t('invalidLink')}</Notice>
      )}
    </div>
  );
}
