import type { SearchHit } from '@/lib/search/types';

/** A result's content: where the clause is, then a snippet with the matched words marked. */
export function HitSummary({ hit }: { hit: SearchHit }) {
  const { entry } = hit;
  return (
    <>
      <span className="block text-xs text-muted" lang={entry.language}>
        {entry.agreementTitle}
        {entry.sectionLabel && ` › ${entry.sectionLabel}`}
      </span>
      <span className="mt-0.5 block font-medium text-ink">{entry.clauseLabel}</span>
      <span className="mt-1 block text-sm leading-6 text-ink-soft" lang={entry.language}>
        {hit.snippet.map((part, index) =>
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
