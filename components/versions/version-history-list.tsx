import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { VersionEntry } from '@/lib/content/types';
import { compareHref, versionHref } from '@/lib/versions/paths';
import { ChangeKindBadge } from './change-kind-badge';
import { EffectiveDate } from './effective-date';
import { VersionStatusBadge } from './version-status-badge';

/** Every version of an agreement, newest first, each with what changed and links to read and compare it. */
export function VersionHistoryList({ slug, history }: { slug: string; history: VersionEntry[] }) {
  const t = useTranslations('Versions');
  const newestFirst = history.map((entry, index) => ({ entry, previous: history[index - 1] })).reverse();
  return (
    <ol className="mt-8 space-y-4">
      {newestFirst.map(({ entry: { meta, status }, previous }) => (
        <li key={meta.version} className={`rounded-lg border p-4 sm:p-5 ${status === 'current' ? 'border-accent' : 'border-line'}`}>
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-lg font-semibold text-ink">{t('versionTitle', { version: meta.version })}</h2>
            <VersionStatusBadge status={status} />
            <ChangeKindBadge kind={meta.changeKind} />
          </div>
          <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm text-ink-soft">
            <dt className="font-medium">{t('effective')}</dt>
            <dd>
              <EffectiveDate meta={meta} />
            </dd>
            <dt className="font-medium">{t('lastUpdated')}</dt>
            <dd>{meta.lastUpdated}</dd>
          </dl>
          <p className="mt-3 text-ink-soft" lang={meta.language}>
            {meta.summary ?? t('firstVersionSummary')}
          </p>
          <p className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
            <Link href={versionHref(slug, meta.version)} className="font-medium text-accent underline underline-offset-4">
              {t('read', { version: meta.version })}
            </Link>
            {previous && (
              <Link href={compareHref(slug, previous.meta.version, meta.version)} className="font-medium text-accent underline underline-offset-4">
                {t('compareWithPrevious', { version: previous.meta.version })}
              </Link>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
