import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminHeader } from '@/components/admin/admin-nav';
import { EraseForm } from '@/components/admin/erase-form';
import { MethodLabel } from '@/components/admin/method-label';
import { proveRecord } from '@/lib/admin/record-proof';
import { getRecord } from '@/lib/admin/records';
import { requireAdmin } from '@/lib/admin/require-admin';
import { getDatabase } from '@/lib/db/database';
import { eraseUserData } from '../../actions';

type Props = { params: Promise<{ locale: Locale; seq: string }>; searchParams: Promise<{ erased?: string; erase?: string }> };

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminRecordPage({ params, searchParams }: Props) {
  const { locale, seq: rawSeq } = await params;
  setRequestLocale(locale);
  const seq = Number(rawSeq);
  const known = /^\d{1,15}$/.test(rawSeq) && Number.isSafeInteger(seq) && seq >= 1;
  await requireAdmin(locale, known ? `/${locale}/admin/records/${seq}` : undefined);
  if (!known) notFound();
  const db = await getDatabase();
  const [record, proof] = await Promise.all([getRecord(db, seq), proveRecord(db, seq)]);
  if (!record || !proof) notFound();
  const [t, format, query] = await Promise.all([getTranslations('Admin'), getFormatter(), searchParams]);
  const yesNo = (value: boolean | null) => (value === null ? t('notYet') : value ? t('yes') : t('no'));
  const verifies = proof.hashMatches && proof.linksToPrevious && proof.linkedByNext !== false;
  const facts: [string, React.ReactNode][] = [
    [t('factId'), record.id],
    [t('colRecordedAt'), format.dateTime(record.recordedAt, { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' })],
    [t('factUser'), record.userId],
    [t('colAgreement'), record.agreement],
    [t('colVersion'), `${record.version} (${record.language})`],
    [t('factContent'), record.contentSha256],
    [t('colMethod'), <MethodLabel key="method" method={record.method} />],
    [t('colEmail'), record.erasedAt ? t('erasedOn', { date: format.dateTime(record.erasedAt, { dateStyle: 'long', timeZone: 'UTC' }) }) : (record.email ?? t('none'))],
    [t('factIp'), record.erasedAt ? t('erased') : (record.ipAddress ?? t('none'))],
    [t('factUserAgent'), record.erasedAt ? t('erased') : (record.userAgent ?? t('none'))],
    [t('factHostUser'), record.erasedAt ? t('erased') : (record.hostUserId ?? t('none'))],
    [t('factPage'), record.erasedAt ? t('erased') : (record.pageUrl ?? t('none'))],
    [t('factReferrer'), record.erasedAt ? t('erased') : (record.referrer ?? t('none'))],
  ];
  const chain: [string, string][] = [
    [t('chainPosition'), t('chainPositionValue', { seq: proof.seq, size: proof.ledgerSize })],
    [t('chainRecordHash'), proof.recordHash],
    [t('chainPrevHash'), proof.prevHash],
    [t('chainHashMatches'), yesNo(proof.hashMatches)],
    [t('chainLinksPrevious'), yesNo(proof.linksToPrevious)],
    [t('chainLinkedByNext'), yesNo(proof.linkedByNext)],
  ];
  const list = (entries: [string, React.ReactNode][]) => (
    <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_minmax(0,1fr)]">
      {entries.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-ink">{term}</dt>
          <dd className="break-all text-ink-soft">{value}</dd>
        </div>
      ))}
    </dl>
  );

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
      <AdminHeader title={t('recordTitle', { seq })} current="/admin" />
      {query.erased !== undefined && (
        <p role="status" className="mt-6 rounded-lg border border-accent bg-accent-soft p-3 text-sm text-accent-strong">
          {t('erasedNotice', { count: Number(query.erased) || 0 })}
        </p>
      )}
      <section aria-labelledby="evidence" className="mt-6">
        <h2 id="evidence" className="text-xl font-semibold text-ink">{t('evidenceTitle')}</h2>
        {list(facts)}
      </section>
      <section aria-labelledby="chain" className="mt-8">
        <h2 id="chain" className="text-xl font-semibold text-ink">{t('chainTitle')}</h2>
        <p className={`mt-2 font-semibold ${verifies ? 'text-ink' : 'text-red-700 dark:text-red-400'}`}>{verifies ? t('recordVerifies') : t('recordFails')}</p>
        {list(chain)}
      </section>
      {!record.erasedAt && <EraseForm action={eraseUserData} locale={locale} seq={seq} unconfirmed={query.erase === 'unconfirmed'} />}
    </div>
  );
}
