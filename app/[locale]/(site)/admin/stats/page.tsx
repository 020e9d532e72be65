import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AcceptanceChart } from '@/components/admin/acceptance-chart';
import { AdminHeader } from '@/components/admin/admin-nav';
import { EmailOutboxSummary } from '@/components/admin/email-outbox-summary';
import { VersionStatsTable } from '@/components/admin/version-stats-table';
import { requireAdmin } from '@/lib/admin/require-admin';
import { accountAddressCounts, acceptanceStats, acceptancesPerDay } from '@/lib/admin/stats';
import { getAgreementHistories, getVersionHistory } from '@/lib/content/agreements';
import { getDatabase } from '@/lib/db/database';
import { changeNoticeProgress } from '@/lib/email/change-notices';
import { outboxCounts } from '@/lib/email/outbox';
import { env } from '@/lib/env';

type Props = { params: Promise<{ locale: Locale }> };

const CHART_DAYS = 30;

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminStatsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin/stats`);
  const db = await getDatabase();
  const [stats, days, emails, notices, addresses, t] = await Promise.all([
    acceptanceStats(db, getAgreementHistories()),
    acceptancesPerDay(db, CHART_DAYS),
    outboxCounts(db),
    changeNoticeProgress(db),
    accountAddressCounts(db),
    getTranslations('Admin'),
  ]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <AdminHeader title={t('statsTitle')} current="/admin/stats" />
      {stats.map((agreement) => (
        <VersionStatsTable key={agreement.slug} stats={agreement} history={getVersionHistory(agreement.slug)} />
      ))}
      <section aria-labelledby="per-day" className="mt-10">
        <h2 id="per-day" className="text-xl font-semibold text-ink">
          {t('perDayTitle')}
        </h2>
        <AcceptanceChart days={days} />
      </section>
      <EmailOutboxSummary counts={emails} enabled={env().mail !== null} notices={notices} addresses={addresses} />
    </div>
  );
}
