import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { VerifyForm } from '@/components/account/verify-form';
import { Disclosure } from '@/components/ui/disclosure';
import { verifyReceiptAction } from './actions';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Verify' });
  return { title: t('title') };
}

export default async function VerifyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Verify');
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('title')}</h1>
      <p className="mt-3 text-ink-soft">{t('intro')}</p>
      <VerifyForm
        action={verifyReceiptAction}
        locale={locale}
        labels={{
          paste: t('paste'),
          upload: t('upload'),
          chooseFile: t('chooseFile'),
          noFile: t('noFile'),
          submit: t('submit'),
          empty: t('empty'),
          valid: t('valid'),
          invalid: t('invalid'),
          tampered: t('tampered'),
          unreadable: t('unreadable'),
          tooLarge: t('tooLarge'),
          // Filled in by the form, which formats the date in the reader's language.
          validLead: t('validLead', { title: '{title}', version: '{version}', date: '{date}' }),
          checksTitle: t('checksTitle'),
          notChecked: t('notChecked'),
          readText: t('readText'),
        }}
        passLabels={{
          signature: t('passSignature'),
          statement: t('passStatement'),
          recordHash: t('passRecordHash'),
          inclusion: t('passInclusion'),
          'ledger-record': t('passLedgerRecord'),
          'ledger-history': t('passLedgerHistory'),
        }}
        failLabels={{
          signature: t('checkSignature'),
          statement: t('checkStatement'),
          recordHash: t('checkRecordHash'),
          inclusion: t('checkInclusion'),
          'ledger-missing': t('checkLedgerMissing'),
          'ledger-altered': t('checkLedgerAltered'),
          'ledger-history': t('checkLedgerHistory'),
        }}
      />
      <Disclosure summary={t('offlineTitle')} className="mt-10 text-sm">
        <p className="px-2 text-ink-soft">{t('offline')}</p>
      </Disclosure>
    </div>
  );
}
