import { useTranslations } from 'next-intl';
import type { ChangeNoticeProgress } from '@/lib/email/change-notices';
import type { OutboxCounts } from '@/lib/email/outbox';

/** The email outbox at a glance: what waits, what went, what was given up on; or that email is off. */
export function EmailOutboxSummary({
  counts,
  enabled,
  notices,
  addresses,
}: {
  counts: OutboxCounts;
  enabled: boolean;
  notices: ChangeNoticeProgress[];
  addresses: { accounts: number; confirmed: number };
}) {
  const t = useTranslations('Admin');
  return (
    <section aria-labelledby="email-outbox" className="mt-10">
      <h2 id="email-outbox" className="text-xl font-semibold text-ink">
        {t('emailTitle')}
      </h2>
      {!enabled && <p className="mt-3 text-ink-soft">{t('emailOff')}</p>}
      <p className="mt-3 text-ink">{t('addressesConfirmed', addresses)}</p>
      <dl className="mt-4 grid max-w-xl grid-cols-3 gap-4">
        {(['pending', 'sent', 'dead'] as const).map((state) => (
          <div key={state} className="rounded-lg border border-line p-3">
            <dt className="text-sm text-ink-soft">{t(`email.${state}`)}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-ink">{counts[state].toLocaleString('en')}</dd>
          </div>
        ))}
      </dl>
      {notices.length > 0 && (
        <table className="mt-6 w-full max-w-2xl text-left text-sm">
          <caption className="mb-2 text-left font-semibold text-ink">{t('noticesTitle')}</caption>
          <thead>
            <tr className="border-b border-line text-ink-soft">
              <th scope="col" className="py-2 pr-4 font-medium">{t('noticesVersion')}</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">{t('email.pending')}</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">{t('email.sent')}</th>
              <th scope="col" className="py-2 text-right font-medium">{t('email.dead')}</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((notice) => (
              <tr key={`${notice.agreement}/${notice.version}`} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal text-ink">
                  {notice.agreement} {notice.version} {notice.finished ? '' : t('noticesQueueing')}
                </th>
                <td className="py-2 pr-4 text-right tabular-nums">{notice.pending}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{notice.sent}</td>
                <td className="py-2 text-right tabular-nums">{notice.dead}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-4 text-sm text-ink-soft">
        {t('emailDeliver')} <code className="rounded bg-panel px-1">npm run email:deliver</code>
      </p>
    </section>
  );
}
