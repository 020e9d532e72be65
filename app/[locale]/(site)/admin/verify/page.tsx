import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminHeader } from '@/components/admin/admin-nav';
import { ActionForm } from '@/components/ui/action-form';
import { VerificationResult } from '@/components/admin/verification-result';
import { listAuditEntries } from '@/lib/admin/audit-log';
import { latestVerificationJob } from '@/lib/admin/verification-job';
import { requireAdmin } from '@/lib/admin/require-admin';
import { getDatabase } from '@/lib/db/database';
import { env } from '@/lib/env';
import { listCheckpoints } from '@/lib/ledger/checkpoints';
import { runVerification } from '../actions';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ job?: string }> };

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminVerifyPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin/verify`);
  const [t, format, { job: jobParam }] = await Promise.all([getTranslations('Admin'), getFormatter(), searchParams]);
  const db = await getDatabase();
  const [entries, checkpoints, job] = await Promise.all([listAuditEntries(db, 200), listCheckpoints(db, 5), latestVerificationJob(db)]);
  const verifications = entries.filter((entry) => entry.action === 'verification').slice(0, 10);
  const asked = job && String(job.id) === jobParam ? job : null;
  const latest = verifications.find((entry) => entry.seq === asked?.auditSeq) ?? verifications[0];
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
      <AdminHeader title={t('verifyTitle')} current="/admin/verify" />
      <p className="mt-6 max-w-3xl text-ink-soft">{t('verifyIntro')}</p>
      <ActionForm action={runVerification} className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong">
          {t('verifySubmit')}
        </button>
      </ActionForm>
      {job?.state === 'running' && (
        <section aria-labelledby="progress" className="mt-6 rounded-lg border border-line p-4">
          {/* Reloads itself while the job runs: no script needed. */}
          <meta httpEquiv="refresh" content="1" />
          <h2 id="progress" className="font-semibold text-ink">{t('verifyRunning')}</h2>
          <p className="mt-1 text-ink-soft">{t('verifyProgress', { checked: job.checked, total: job.total })}</p>
          <progress className="mt-2 w-full" max={Math.max(job.total, 1)} value={job.checked} aria-labelledby="progress" />
        </section>
      )}
      {job?.state === 'interrupted' && <p role="alert" className="mt-6 font-medium text-red-700 dark:text-red-400">{t('verifyInterrupted', { checked: job.checked, total: job.total })}</p>}
      {latest && job?.state !== 'running' && <VerificationResult entry={latest} highlighted={latest.seq === asked?.auditSeq} />}
      {verifications.length > 1 && (
        <section aria-labelledby="earlier" className="mt-8">
          <h2 id="earlier" className="font-semibold text-ink">{t('earlierRuns')}</h2>
          <ul className="mt-2 space-y-1 text-sm text-ink-soft">
            {verifications.slice(1).map((entry) => (
              <li key={entry.seq}>
                {format.dateTime(entry.at, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })} — {entry.details.ok === true ? t('runOk', { size: Number(entry.details.size), ms: Number(entry.details.ms) }) : t('runFailed', { count: Number(entry.details.failureCount), size: Number(entry.details.size), ms: Number(entry.details.ms) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="checkpoints" className="mt-10">
        <h2 id="checkpoints" className="font-semibold text-ink">{t('checkpointsTitle')}</h2>
        <p className="mt-1 max-w-3xl text-sm text-ink-soft">{t('checkpointsIntro')}</p>
        <ul className="mt-2 space-y-1 text-sm text-ink-soft">
          {checkpoints.map((checkpoint) => (
            <li key={checkpoint.size}>
              {t('checkpointEntry', { size: checkpoint.size, date: format.dateTime(checkpoint.publishedAt, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }) })}{' '}
              <code className="break-all font-mono text-xs">{checkpoint.rootHash}</code>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-ink-soft">{t('monitorHint')}</p>
        <pre className="mt-1 overflow-x-auto rounded border border-line bg-panel p-2 font-mono text-xs text-ink">npm run ledger:monitor -- {env().siteUrl}</pre>
      </section>
    </div>
  );
}
