import { env } from '@/lib/env';

/** The absolute address of a page of this site in `locale` (`path` may carry a query), for a link in an email. */
export function pageUrl(locale: string, path: string, query: Record<string, string> = {}): string {
  const url = new URL(`/${locale}${path}`, env().siteUrl);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}
