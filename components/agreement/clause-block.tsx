import { useTranslations } from 'next-intl';
import type { Clause } from '@/lib/content/types';
import { CopyLinkControl } from './copy-link-control';

type ListProps = { clauses: Clause[]; labels: ReadonlyMap<string, string> };

/**
 * Sibling clauses, each with its sub-clauses. `labels` (from clauseLabels) names them for link controls.
 * A published text never reorders, so a clause's position is as stable a key as its anchor, and spares
 * the page's React payload a second copy of every anchor.
 */
export function ClauseList({ clauses, labels }: ListProps) {
  return clauses.map((clause, index) => <ClauseBlock key={index} clause={clause} labels={labels} />);
}

/** One clause and its sub-clauses. Its one link (and tab stop) is the copy-link control. */
function ClauseBlock({ clause, labels }: { clause: Clause; labels: ReadonlyMap<string, string> }) {
  const t = useTranslations('AgreementPage');
  const number = clause.number && <span className="clause-number">{clause.number}</span>;
  const words = (
    <>
      {number}
      {clause.separator}
      {clause.text}
    </>
  );
  return (
    <div id={clause.anchor} className="clause">
      {clause.heading ? <h3 className="clause-text clause-heading">{words}</h3> : <p className="clause-text">{words}</p>}
      <CopyLinkControl anchor={clause.anchor} label={t('copyLink', { clause: labels.get(clause.anchor) ?? clause.anchor })} />
      {clause.children.length > 0 && (
        <div className="clause-children">
          <ClauseList clauses={clause.children} labels={labels} />
        </div>
      )}
    </div>
  );
}
