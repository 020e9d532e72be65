import { useTranslations } from 'next-intl';
import type { Clause } from '@/lib/content/types';
import { CopyLinkControl } from './copy-link-control';

/** Where a clause sits, for people: "II. 2. (1)", or "3. ¶1" for an unnumbered paragraph. */
function clauseLabel(parentTrail: string, clause: Clause, paragraphIndex: number): string {
  const own = clause.number ?? `¶${paragraphIndex}`;
  return parentTrail ? `${parentTrail} ${own}` : own;
}

/** Sibling clauses; unnumbered paragraphs among them are counted for their labels. */
export function ClauseList({ clauses, trail }: { clauses: Clause[]; trail: string }) {
  let paragraphs = 0;
  return clauses.map((clause) => (
    <ClauseBlock key={clause.anchor} clause={clause} trail={trail} paragraphIndex={clause.number === null ? ++paragraphs : 0} />
  ));
}

type Props = { clause: Clause; trail: string; paragraphIndex: number };

/** One clause and its sub-clauses. The number links to the clause's own anchor. */
function ClauseBlock({ clause, trail, paragraphIndex }: Props) {
  const t = useTranslations('AgreementPage');
  const label = clauseLabel(trail, clause, paragraphIndex);
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
        <CopyLinkControl anchor={clause.anchor} label={t('copyLink', { clause: label })} />
      </div>
      {clause.children.length > 0 && (
        <div className="mt-3 space-y-3 border-l border-line pl-4 sm:pl-6">
          <ClauseList clauses={clause.children} trail={label} />
        </div>
      )}
    </div>
  );
}
