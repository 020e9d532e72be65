import type { Clause } from '@/lib/content/types';

/** One clause and its sub-clauses. The number links to the clause's own anchor. */
export function ClauseBlock({ clause }: { clause: Clause }) {
  const number = clause.number && (
    <a
      href={`#${clause.anchor}`}
      className="mr-1 font-medium text-slate-600 tabular-nums hover:text-brand-700 hover:underline"
    >
      {clause.number}
    </a>
  );
  const line = clause.heading ? (
    <h3 data-text-block className="pt-2 text-lg font-semibold text-slate-900">
      {number}
      {clause.separator}
      {clause.text}
    </h3>
  ) : (
    <p data-text-block>
      {number}
      {clause.separator}
      {clause.text}
    </p>
  );
  return (
    <div id={clause.anchor} className="scroll-mt-24">
      {line}
      {clause.children.length > 0 && (
        <div className="mt-3 space-y-3 border-l border-slate-200 pl-4 sm:pl-6">
          {clause.children.map((child) => (
            <ClauseBlock key={child.anchor} clause={child} />
          ))}
        </div>
      )}
    </div>
  );
}
