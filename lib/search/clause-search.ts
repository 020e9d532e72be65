import 'server-only';
import { getAgreementSlugs, getCurrentVersion } from '@/lib/content/agreements';
import { ClauseSearch } from './engine';
import { searchEntries } from './entries';

const byLocale = new Map<string, { texts: string; search: ClauseSearch }>();

/**
 * The search over what a reader of `locale` is shown: each agreement's current version, in that
 * language where it exists. Built again only when a different version becomes current.
 */
export function getClauseSearch(locale: string): ClauseSearch {
  const texts = getAgreementSlugs().flatMap((slug) => getCurrentVersion(slug, locale) ?? []);
  const identity = texts.map((text) => text.sha256).join(',');
  const cached = byLocale.get(locale);
  if (cached?.texts === identity) return cached.search;
  const search = ClauseSearch.build(texts.flatMap(searchEntries));
  byLocale.set(locale, { texts: identity, search });
  return search;
}
