import 'server-only';
import { hasLocale } from 'next-intl';
import { getFormatter, getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { effectiveAt, hasTimeOfDay } from '@/lib/content/effective';
import type { AgreementVersion } from '@/lib/content/types';
import { downloadPath } from '@/lib/content/downloads';
import { env } from '@/lib/env';
import type { VersionPdfWords } from './version-pdf';

/** The PDF's own words for a version, in the language of its text (the default language if the site has no such locale). */
export async function versionPdfWords(version: AgreementVersion): Promise<VersionPdfWords> {
  const { meta } = version.document;
  const locale = hasLocale(routing.locales, meta.language) ? meta.language : routing.defaultLocale;
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'Pdf' }), getFormatter({ locale })]);
  const date = format.dateTime(new Date(effectiveAt(meta)), { dateStyle: 'long', timeZone: 'UTC', ...(hasTimeOfDay(meta) ? { timeStyle: 'short' } : {}) });
  return {
    version: t('version', { version: meta.version }),
    effective: t('effective', { date }),
    sha256: t('sha256', { hash: version.sha256 }),
    source: t('source', { url: new URL(downloadPath(version.slug, version.fileStem, 'txt'), env().siteUrl).toString() }),
    page: (page, pages) => t('page', { page, pages }),
  };
}
