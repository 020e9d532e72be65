import 'server-only';
import { getAgreementSlugs, getCurrentVersion } from '@/lib/content/agreements';
import { ClauseSearch } from './engine';
import { searchEntries } from './entries';

const byLocale = new Map<string, ClauseSearch>();

/**
 * The search over what a reader of `locale` is shown: each agreement's current version, in that
 * language where it exists. Built once per process (and at build time for the browser's copy).
 */
export function getClauseSearch(locale: string): ClauseSearch {
  let search = byLocale.get(locale);
  if (!search) {
    const texts = getAgreementSlugs().flatMap((slug) => getCurrentVersion(slug, locale) ?? []);
    search = ClauseSearch.build(texts.flatMap(searchEntries));
    byLocale.set(locale, search);
  }
  return search;
}
