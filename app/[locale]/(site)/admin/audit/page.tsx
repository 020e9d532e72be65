import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminHeader } from '@/components/admin/admin-nav';
import { listAuditEntries } from '@/lib/admin/audit-log';
import { requireAdmin } from '@/lib/admin/require-admin';
import { getDatabase } from '@/lib/db/database';

type Props = { params: Promise<{ locale: Locale }> };

const ACTION_KEYS = { export: 'actionExport', erasure: 'actionErasure', verification: 'actionVerification' } as const;

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminAuditPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin/audit`);
  const [entries, t, format] = await Promise.all([listAuditEntries(await getDatabase(), 100), getTranslations('Admin'), getFormatter()]);
  const cell = 'border-b border-line px-3 py-2 text-left align-top';
  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <AdminHeader title={t('auditTitle')} current="/admin/audit" />
      <p className="mt-6 max-w-3xl text-ink-soft">{t('auditIntro')}</p>
      {entries.length === 0 ? (
        <p className="mt-4 text-ink-soft">{t('auditEmpty')}</p>
      ) : (
        <div role="region" aria-label={t('auditTitle')} tabIndex={0} className="mt-4 overflow-x-auto rounded-lg border border-line">
          <table className="w-full min-w-[40rem] border-collapse text-sm">
            <thead className="bg-panel text-ink">
              <tr>
                <th scope="col" className={cell}>#</th>
                <th scope="col" className={cell}>{t('colWhen')}</th>
                <th scope="col" className={cell}>{t('colAction')}</th>
                <th scope="col" className={cell}>{t('colAdmin')}</th>
                <th scope="col" className={cell}>{t('colDetails')}</th>
              </tr>
            </thead>
            <tbody className="text-ink-soft">
              {entries.map((entry) => (
                <tr key={entry.seq}>
                  <td className={cell}>{entry.seq}</td>
                  <td className={cell}>{format.dateTime(entry.at, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })}</td>
                  <td className={cell}>{t(ACTION_KEYS[entry.action])}</td>
                  <td className={`${cell} break-all`}>{entry.adminUserId}</td>
                  <td className={`${cell} break-all font-mono text-xs`}>{JSON.stringify(entry.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
