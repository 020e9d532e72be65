'use client';

import { useEffect, useRef } from 'react';

type Entry = { href: string; text: string };

/**
 * The list of a form's errors, each linking to its field. Takes focus when it appears (after a
 * submit), so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({ title, entries, attempt }: { title: string; entries: Entry[]; attempt: unknown }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, [attempt]);
  if (entries.length === 0) return null;
  return (
    <div ref={summary} tabIndex={-1} role="alert" className="rounded-lg border-2 border-red-700 p-4 text-sm">
      <h2 className="font-semibold text-ink">{title}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {entries.map((entry) => (
          <li key={entry.text}>
            <a href={entry.href} className="text-red-700 underline dark:text-red-400">
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
