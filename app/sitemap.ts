import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { getAgreements } from '@/lib/content/agreements';
import { env } from '@/lib/env';

// Lists current versions, which change at their effective dates (seconds).
export const revalidate = 10;

export default function sitemap(): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, env().siteUrl).toString();
  const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap[number] => ({
    url: url(`/${routing.defaultLocale}${path}`),
    lastModified,
    alternates: { languages: Object.fromEntries(routing.locales.map((locale) => [locale, url(`/${locale}${path}`)])) },
  });
  return [
    entry(''),
    ...getAgreements(routing.defaultLocale).map((agreement) => entry(`/agreements/${agreement.slug}`, agreement.current.effectiveDate)),
  ];
}
