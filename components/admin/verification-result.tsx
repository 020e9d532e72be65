import { useFormatter, useTranslations } from 'next-intl';
import type { AuditEntry } from '@/lib/admin/audit-log';

const failuresOf = (value: unknown): { seq: number; reason: string }[] =>
  Array.isArray(value) ? value.map((failure: { seq?: unknown; reason?: unknown }) => ({ seq: Number(failure.seq), reason: String(failure.reason ?? '') })) : [];

/** One verification run, as the audit log recorded it: verified or every record that failed, and how long it took. */
export function VerificationResult({ entry, highlighted }: { entry: AuditEntry; highlighted: boolean }) {
  const t = useTranslations('Admin');
  const format = useFormatter();
  const { ok, size, ms, failureCount } = entry.details;
  const failures = failuresOf(entry.details.failures);
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
          : t('runFailed', { count: Number(failureCount), size: Number(size), ms: Number(ms) })}
      </p>
      {failures.length > 0 && (
        <ul className="mt-2 list-disc pl-6 text-ink-soft">
          {failures.map((failure) => (
            <li key={failure.seq}>{t('runFailure', failure)}</li>
          ))}
        </ul>
      )}
      <p className="mt-1 text-sm text-muted">{t('runAt', { date: format.dateTime(entry.at, { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' }) })}</p>
    </section>
  );
}
