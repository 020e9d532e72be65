import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { AdminRecord } from '@/lib/admin/records';
import { MethodLabel } from './method-label';

/** A page of ledger records; the table scrolls sideways on a narrow screen, and can be focused to do so. */
export function RecordsTable({ records }: { records: AdminRecord[] }) {
  const t = useTranslations('Admin');
  const format = useFormatter();
  const cell = 'border-b border-line px-3 py-2 text-left align-top';
  return (
    <div role="region" aria-label={t('recordsTable')} tabIndex={0} className="mt-4 overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[44rem] border-collapse text-sm">
        <thead className="bg-panel text-ink">
          <tr>
            {(['colSeq', 'colRecordedAt', 'colAgreement', 'colVersion', 'colMethod', 'colEmail'] as const).map((key) => (
              <th key={key} scope="col" className={`${cell} font-semibold`}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="text-ink-soft">
          {records.map((record) => (
            <tr key={record.seq}>
              <td className={cell}>
                <Link href={`/admin/records/${record.seq}`} className="font-medium text-accent underline underline-offset-4">
                  {t('recordLink', { seq: record.seq })}
                </Link>
              </td>
              <td className={cell}>
                <time dateTime={record.recordedAt.toISOString()}>{format.dateTime(record.recordedAt, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })}</time>
              </td>
              <td className={cell}>{record.agreement}</td>
              <td className={cell}>{record.version}</td>
              <td className={cell}>
                <MethodLabel method={record.method} />
              </td>
              <td className={`${cell} break-all`}>{record.erasedAt ? <em>{t('erased')}</em> : (record.email ?? <span className="text-muted">{t('none')}</span>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
