import type { Metadata } from 'next';
import { routing } from '@/i18n/routing';
import { getAgreementSlugs, getCurrentVersion } from '@/lib/content/agreements';
import { ATOM_TYPE, feedPath } from '@/lib/feeds/versions-feed';

export const agreementPath = (locale: string, slug: string) => `/${locale}/agreements/${slug}`;

/** Metadata shared by both reading modes; the canonical URL is always the normal-mode address. */
export function agreementMetadata(locale: string, slug: string): Metadata {
  const version = getCurrentVersion(slug, locale);
  if (!version) return {};
  const { title, description } = version.document.meta;
  const canonical = agreementPath(locale, slug);
  return {
    title,
    description,
    alternates: {
      canonical,
      languages: Object.fromEntries(routing.locales.map((other) => [other, agreementPath(other, slug)])),
      types: { [ATOM_TYPE]: [{ url: feedPath(locale, slug), title }] },
    },
    openGraph: { title, description, url: canonical, type: 'article' },
  };
}

/** The agreements that exist, for both reading modes (unknown slugs are a 404, as dynamicParams is off). */
export function agreementStaticParams() {
  return getAgreementSlugs().map((slug) => ({ slug }));
}
