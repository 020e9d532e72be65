import { useTranslations } from 'next-intl';
import type { Clause } from '@/lib/content/types';
import { CopyLinkControl } from './copy-link-control';

type ListProps = { clauses: Clause[]; labels: ReadonlyMap<string, string> };

/** Sibling clauses, each with its sub-clauses. `labels` (from clauseLabels) names them for link controls. */
export function ClauseList({ clauses, labels }: ListProps) {
  return clauses.map((clause) => <ClauseBlock key={clause.anchor} clause={clause} labels={labels} />);
}

/** One clause and its sub-clauses. The number links to the clause's own anchor. */
function ClauseBlock({ clause, labels }: { clause: Clause; labels: ReadonlyMap<string, string> }) {
  const t = useTranslations('AgreementPage');
  const number = clause.number && (
    <a href={`#${clause.anchor}`} className="mr-1 font-medium text-muted tabular-nums hover:text-accent hover:underline">
      {clause.number}
    </a>
  );
  const words = (
    <>
      {number}
      {clause.separator}
      {clause.text}
    </>
  );
  return (
    <div id={clause.anchor} className="clause scroll-mt-24">
      <div className="clause-line group flex items-start">
        {clause.heading ? (
          <h3 data-text-block className="min-w-0 flex-1 pt-2 text-lg font-semibold text-ink">
            {words}
          </h3>
        ) : (
          <p data-text-block className="min-w-0 flex-1 [overflow-wrap:anywhere]">
            {words}
          </p>
        )}
        <CopyLinkControl anchor={clause.anchor} label={t('copyLink', { clause: labels.get(clause.anchor) ?? clause.anchor })} />
      </div>
      {clause.children.length > 0 && (
        <div className="mt-3 space-y-3 border-l border-line pl-4 sm:pl-6">
          <ClauseList clauses={clause.children} labels={labels} />
        </div>
      )}
    </div>
  );
}
