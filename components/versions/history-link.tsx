'use client';

import { usePathname } from 'next/navigation';

/**
 * A link to the version history of the agreement in the current URL (".../versions/<unknown>" →
 * ".../versions"). Not-found pages get no route params, so the address is the only way to know it.
 */
export function HistoryLink({ label }: { label: string }) {
  const pathname = usePathname();
  return (
    <a className="font-medium text-accent underline underline-offset-4" href={pathname.replace(/\/[^/]*\/?$/, '')}>
      {label}
    </a>
  );
}
