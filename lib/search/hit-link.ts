import type { SearchHit } from './types';

/** The query parameter carrying the matched words to mark on the clause's page. */
export const HIGHLIGHT_PARAM = 'hl';

/** Link to a hit's clause, with its matched words, e.g. /en/agreements/x?hl=suspend#clause-ii-3. */
export function hitHref(locale: string, hit: SearchHit): string {
  const query = hit.matchedWords.length > 0 ? `?${new URLSearchParams({ [HIGHLIGHT_PARAM]: hit.matchedWords.join(' ') })}` : '';
  return `/${locale}/agreements/${hit.entry.slug}${query}#${hit.entry.anchor}`;
}
