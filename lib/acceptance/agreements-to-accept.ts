import 'server-only';
import { getAgreementSlugs, getCurrentVersion } from '@/lib/content/agreements';

/** One agreement as a signup form shows it: the exact text version a tick will accept. */
export interface AgreementToAccept {
  slug: string;
  title: string;
  navTitle: string;
  version: string;
  language: string;
  sha256: string;
  /** The agreement's page, which shows this version, for reading before accepting. */
  pagePath: string;
}

/** Every agreement a new account must accept: the current version, in the reader's language if it exists. */
export function agreementsToAccept(locale: string): AgreementToAccept[] {
  return getAgreementSlugs().flatMap((slug) => {
    const text = getCurrentVersion(slug, locale);
    if (!text) return [];
    const { title, navTitle, version, language } = text.document.meta;
    return [{ slug, title, navTitle, version, language, sha256: text.sha256, pagePath: `/${locale}/agreements/${slug}` }];
  });
}
