import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { Comparison, CompareView } from '@/lib/versions/comparison';
import { compareHref } from '@/lib/versions/paths';
import { CHANGE_KINDS } from '@/lib/versions/redline';
import { ChangeSummaries } from './change-summaries';
import { EffectiveDate } from './effective-date';

const TOTAL_KEYS = { changed: 'totalChanged', added: 'totalAdded', removed: 'totalRemoved', moved: 'totalMoved', renumbered: 'totalRenumbered' } as const;

/** What the comparison covers: each version's change summary, the counts, and the view switch. */
export function CompareSummary({ slug, comparison, view }: { slug: string; comparison: Comparison; view: CompareView }) {
  const t = useTranslations('Compare');
  const { from, to, steps, redline } = comparison;
  const viewLink = (target: CompareView, label: string) => (
    <Link
      href={compareHref(slug, from.document.meta.version, to.document.meta.version, target)}
      aria-current={view === target ? 'page' : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${view === target ? 'bg-accent text-on-accent' : 'text-accent underline underline-offset-4'}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="mt-6 space-y-4">
      <p className="text-ink-soft">
        {t.rich('comparing', {
          from: from.document.meta.version,
          to: to.document.meta.version,
          fromDate: () => <EffectiveDate meta={from.document.meta} />,
          toDate: () => <EffectiveDate meta={to.document.meta} />,
        })}
      </p>
      <ChangeSummaries steps={steps} headingId="compare-steps" />
      <dl aria-label={t('totalsLabel')} className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {CHANGE_KINDS.map((kind) => (
          <div key={kind} className="flex gap-1">
            <dt className="text-muted">{t(TOTAL_KEYS[kind])}</dt>
            <dd className="font-semibold text-ink">{redline.totals[kind]}</dd>
          </div>
        ))}
      </dl>
      <nav aria-label={t('viewLabel')} className="flex flex-wrap gap-2">
        {viewLink('changes', t('viewChanges'))}
        {viewLink('full', t('viewFull'))}
      </nav>
    </div>
  );
}
