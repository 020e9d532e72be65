import type { ReactNode } from 'react';

type Props = { title: string; hint: string; suggestion?: ReactNode };

/** Nothing matched: the original site's wording, and a near-miss query when there is one. */
export function EmptyState({ title, hint, suggestion }: Props) {
  return (
    <div className="rounded-lg border border-dashed border-line px-6 py-10 text-center">
      <p className="font-semibold text-ink">{title}</p>
      <p className="mt-2 text-sm text-muted">{hint}</p>
      {suggestion && <p className="mt-4 text-sm text-ink-soft">{suggestion}</p>}
    </div>
  );
}
