'use client';

import type { MouseEvent } from 'react';
import { usePathname } from 'next/navigation';
import type { Locale } from 'next-intl';
import { localizedPath } from '@/i18n/navigation';

type Props = { label: string; current: Locale; options: { value: Locale; label: string }[] };

/**
 * Keeps the query and the clause anchor when switching language. The link alone (no JavaScript)
 * keeps the page; the click loads the page in full, so the proxy remembers the choice in its cookie.
 */
function keepQueryAndAnchor(event: MouseEvent<HTMLAnchorElement>) {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
  event.preventDefault();
  const target = new URL(event.currentTarget.href);
  target.search = window.location.search;
  target.hash = window.location.hash;
  window.location.assign(target);
}

/** Links to the same page in each language; the current one is marked, not linked. */
export function LocaleSwitcher({ label, current, options }: Props) {
  const page = usePathname().slice(current.length + 1) || '/';
  return (
    <ul aria-label={label} className="flex items-center gap-1 whitespace-nowrap">
      {options.map(({ value, label: name }) => (
        <li key={value}>
          {value === current ? (
            <span aria-current="true" lang={value} className="rounded px-2 py-1 font-medium text-ink ring-1 ring-line">
              {name}
            </span>
          ) : (
            <a
              href={localizedPath(page, value)}
              lang={value}
              hrefLang={value}
              onClick={keepQueryAndAnchor}
              className="rounded px-2 py-1 text-muted hover:bg-panel hover:text-ink"
            >
              {name}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
