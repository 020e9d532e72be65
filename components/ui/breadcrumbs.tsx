import type { ReactNode } from 'react';

type Crumb = { key: string; node: ReactNode };

/** A breadcrumb trail; the last crumb is the current page. Links are passed in so callers pick the Link. */
export function Breadcrumbs({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav aria-label={label} className="text-sm text-muted print:hidden">
      <ol className="flex flex-wrap items-center gap-1">
        {crumbs.map((crumb, index) => (
          <li key={crumb.key} className="flex items-center gap-1">
            {index > 0 && <span aria-hidden="true">/</span>}
            {crumb.node}
          </li>
        ))}
      </ol>
    </nav>
  );
}
