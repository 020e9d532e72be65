import { useFormatter, useTranslations } from 'next-intl';
import type { AuditEntry } from '@/lib/admin/audit-log';

/** One verification run, as the audit log recorded it: verified or the first record that failed, and how long it took. */
export function VerificationResult({ entry, highlighted }: { entry: AuditEntry; highlighted: boolean }) {
  const t = useTranslations('Admin');
  const format = useFormatter();
  const { ok, size, ms, firstInvalid } = entry.details;
  const failure = typeof firstInvalid === 'object' && firstInvalid !== null ? (firstInvalid as { seq?: number; reason?: string }) : null;
  return (
    <section
      aria-labelledby="verification"
      className={`mt-6 rounded-lg border-2 p-4 ${ok === true ? 'border-accent' : 'border-red-700 dark:border-red-400'} ${highlighted ? 'shadow-md' : ''}`}
    >
      <h2 id="verification" className="text-lg font-semibold text-ink">
        {ok === true ? t('ledgerVerifies') : t('ledgerFails')}
      </h2>
      <p className="mt-1 text-ink-soft">
        {ok === true
          ? t('runOk', { size: Number(size), ms: Number(ms) })
          : t('runFailedAt', { seq: Number(failure?.seq), reason: String(failure?.reason ?? ''), ms: Number(ms) })}
      </p>
      <p className="mt-1 text-sm text-muted">{t('runAt', { date: format.dateTime(entry.at, { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' }) })}</p>
    </section>
  );
}
