import type { SearchHit } from '@/lib/search/types';

/**
 * A result's content: where the clause is (agreement, section, the titled clause above it), then a
 * snippet with the matched words marked. The snippet starts with the clause's own number unless it
 * begins mid-clause; then the clause's label comes first, so every result says which clause it is.
 */
export function HitSummary({ hit }: { hit: SearchHit }) {
  const { entry, snippet } = hit;
  const startsMidClause = snippet[0]?.text === '… ';
  const place = [entry.agreementTitle, entry.sectionLabel, entry.headingLabel].filter(Boolean).join(' › ');
  return (
    <>
      <span className="block text-xs text-muted" lang={entry.language}>
        {place}
      </span>
      <span className="mt-1 block text-sm leading-6 text-ink-soft" lang={entry.language}>
        {startsMidClause && <span className="font-medium text-ink">{entry.clauseLabel} </span>}
        {snippet.map((part, index) =>
          part.hit ? (
            <mark key={index} className="rounded-sm bg-highlight px-0.5 text-ink">
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </span>
    </>
  );
}
