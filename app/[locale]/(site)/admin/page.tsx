import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminHeader } from '@/components/admin/admin-nav';
import { RecordFilters } from '@/components/admin/record-filters';
import { RecordsTable } from '@/components/admin/records-table';
import { Link } from '@/components/ui/link';
import { filterQuery, parseRecordFilter } from '@/lib/admin/record-filter';
import { listRecords } from '@/lib/admin/records';
import { requireAdmin } from '@/lib/admin/require-admin';
import { getAgreements } from '@/lib/content/agreements';
import { getDatabase } from '@/lib/db/database';
import { serverSecret } from '@/lib/secret';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminRecordsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale);
  const query = await searchParams;
  const { filter, errors } = parseRecordFilter(query);
  const before = Number(Array.isArray(query.before) ? query.before[0] : query.before);
  const page = await listRecords(await getDatabase(), serverSecret(), filter, { before: Number.isSafeInteger(before) && before > 0 ? before : undefined, limit: PAGE_SIZE });
  const t = await getTranslations('Admin');
  const kept = filterQuery(filter);
  const raw = Object.fromEntries(Object.entries(query).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value.slice(0, 300)]] : [])));
  const exportHref = (format: 'csv' | 'jsonl') => `/api/admin/export?${new URLSearchParams({ format, ...Object.fromEntries(kept) }).toString()}`;
  const errorCount = Object.keys(errors).length;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <AdminHeader title={t('recordsTitle')} current="/admin" />
      {errorCount > 0 && (
        <p role="alert" className="mt-6 rounded-lg border-2 border-red-700 p-3 text-sm text-ink">
          {t('filterErrors', { count: errorCount })}
        </p>
      )}
      <RecordFilters action={`/${locale}/admin`} filter={filter} errors={errors} agreements={getAgreements(locale)} raw={raw} />
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-ink-soft" role="status">
          {page.records.length === 0 ? t('noRecords') : t('showing', { count: page.records.length, first: page.records[0]?.seq ?? 0, last: page.records.at(-1)?.seq ?? 0 })}
        </p>
        <p className="flex gap-4 text-sm">
          <a href={exportHref('csv')} className="font-medium text-accent underline underline-offset-4">
            {t('exportCsv')}
          </a>
          <a href={exportHref('jsonl')} className="font-medium text-accent underline underline-offset-4">
            {t('exportJsonl')}
          </a>
        </p>
      </div>
      {page.records.length > 0 && <RecordsTable records={page.records} />}
      <nav aria-label={t('pagination')} className="mt-4 flex gap-4 text-sm">
        {query.before !== undefined && (
          <Link href={`/admin?${kept.toString()}`} className="font-medium text-accent underline underline-offset-4">
            {t('firstPage')}
          </Link>
        )}
        {page.nextBefore !== null && (
          <Link href={`/admin?${new URLSearchParams({ ...Object.fromEntries(kept), before: String(page.nextBefore) }).toString()}`} className="font-medium text-accent underline underline-offset-4">
            {t('nextPage')}
          </Link>
        )}
      </nav>
    </div>
  );
}
