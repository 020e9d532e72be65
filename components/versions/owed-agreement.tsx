import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { AgreementStatus } from '@/lib/acceptance/status';
import type { Comparison } from '@/lib/versions/comparison';
import { compareHref, versionHref } from '@/lib/versions/paths';
import { ChangeSummaries } from './change-summaries';
import { RedlineView } from './redline-view';

type Props = { slug: string; title: string; language: string; status: AgreementStatus; comparison: Comparison | null };

/** On the interstitial: one agreement the user must accept again, what changed since, and the redline. */
export function OwedAgreement({ slug, title, language, status, comparison }: Props) {
  const t = useTranslations('Reaccept');
  const format = useFormatter();
  const link = 'font-medium text-accent underline underline-offset-4';
  const headingId = `owed-${slug}`;
  return (
    <section aria-labelledby={headingId} className="mt-8 rounded-lg border border-line p-4 sm:p-6">
      <h2 id={headingId} className="text-xl font-semibold text-ink" lang={language}>
        {title}
      </h2>
      <p className="mt-2 text-ink-soft">
        {status.acceptedVersion && status.acceptedAt
          ? t('acceptedBefore', {
              accepted: status.acceptedVersion,
              date: format.dateTime(new Date(status.acceptedAt), { dateStyle: 'long', timeZone: 'UTC' }),
              current: status.currentVersion,
            })
          : t('neverAccepted', { current: status.currentVersion })}
      </p>
      {comparison && (
        <div className="mt-4 space-y-4">
          <ChangeSummaries steps={comparison.steps} headingId={`${headingId}-summaries`} />
          <h3 className="font-semibold text-ink">{t('redlineTitle', { from: comparison.from.document.meta.version, to: comparison.to.document.meta.version })}</h3>
          <RedlineView redline={comparison.redline} view="changes" language={comparison.to.document.meta.language} />
        </div>
      )}
      <p className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <Link href={versionHref(slug, status.currentVersion)} className={link}>
          {t('readNew', { version: status.currentVersion })}
        </Link>
        {status.acceptedVersion && (
          <Link href={compareHref(slug, status.acceptedVersion, status.currentVersion, 'full')} className={link}>
            {t('compareFull')}
          </Link>
        )}
      </p>
    </section>
  );
}
