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
    <a href={`#${clause.anchor}`} className="clause-number">
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
    <div id={clause.anchor} className="clause">
      <div className="clause-line">
        {clause.heading ? (
          <h3 data-text-block className="clause-text clause-heading">
            {words}
          </h3>
        ) : (
          <p data-text-block className="clause-text">
            {words}
          </p>
        )}
        <CopyLinkControl anchor={clause.anchor} label={t('copyLink', { clause: labels.get(clause.anchor) ?? clause.anchor })} />
      </div>
      {clause.children.length > 0 && (
        <div className="clause-children">
          <ClauseList clauses={clause.children} labels={labels} />
        </div>
      )}
    </div>
  );
}
