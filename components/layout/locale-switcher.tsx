'use client';

import type { Locale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

type Props = { label: string; current: Locale; options: { value: Locale; label: string }[] };

/** Links to the same page in each language; the current one is marked, not linked. */
export function LocaleSwitcher({ label, current, options }: Props) {
  const pathname = usePathname();
  return (
    <ul aria-label={label} className="flex items-center gap-1">
      {options.map(({ value, label: name }) => (
        <li key={value}>
          {value === current ? (
            <span aria-current="true" lang={value} className="rounded px-2 py-1 font-medium text-ink ring-1 ring-line">
              {name}
            </span>
          ) : (
            <Link href={pathname} locale={value} lang={value} hrefLang={value} className="rounded px-2 py-1 text-muted hover:bg-panel hover:text-ink">
              {name}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
