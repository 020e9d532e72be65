import { useTranslations } from 'next-intl';
import type { OutboxCounts } from '@/lib/email/outbox';

/** The email outbox at a glance: what waits, what went, what was given up on; or that email is off. */
export function EmailOutboxSummary({ counts, enabled }: { counts: OutboxCounts; enabled: boolean }) {
  const t = useTranslations('Admin');
  return (
    <section aria-labelledby="email-outbox" className="mt-10">
      <h2 id="email-outbox" className="text-xl font-semibold text-ink">
        {t('emailTitle')}
      </h2>
      {!enabled && <p className="mt-3 text-ink-soft">{t('emailOff')}</p>}
      <dl className="mt-4 grid max-w-xl grid-cols-3 gap-4">
        {(['pending', 'sent', 'dead'] as const).map((state) => (
          <div key={state} className="rounded-lg border border-line p-3">
            <dt className="text-sm text-ink-soft">{t(`email.${state}`)}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-ink">{counts[state].toLocaleString('en')}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-ink-soft">
        {t('emailDeliver')} <code className="rounded bg-panel px-1">npm run email:deliver</code>
      </p>
    </section>
  );
}
