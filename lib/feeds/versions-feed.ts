import 'server-only';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getAgreementSlugs, getVersionForReader, getVersionHistory } from '@/lib/content/agreements';
import { effectiveAt } from '@/lib/content/effective';
import type { ChangeKind } from '@/lib/content/types';
import { env } from '@/lib/env';
import { compareHref, versionHref, versionsHref } from '@/lib/versions/paths';
import { type AtomEntry, atomXml } from './atom-xml';

export const ATOM_TYPE = 'application/atom+xml';

/** Where a feed is, locale-prefixed: every agreement's, or one agreement's. */
export const feedPath = (locale: string, slug?: string) => (slug ? `/${locale}/agreements/${slug}/feed.xml` : `/${locale}/feed.xml`);

const absolute = (path: string) => new URL(path, env().siteUrl).toString();

const KIND_MESSAGE = { initial: 'kindInitial', major: 'kindMajor', minor: 'kindMinor' } as const satisfies Record<ChangeKind, string>;

async function agreementEntries(locale: Locale, slug: string): Promise<AtomEntry[]> {
  const t = await getTranslations({ locale, namespace: 'Feed' });
  const versions = await getTranslations({ locale, namespace: 'Versions' });
  const history = getVersionHistory(slug);
  return history.map(({ meta }, index) => {
    const title = getVersionForReader(slug, meta.version, locale)?.document.meta.title ?? meta.title;
    const previous = history[index - 1]?.meta.version;
    return {
      id: absolute(`/${locale}${versionHref(slug, meta.version)}`),
      title: t('entryTitle', { title, version: meta.version, kind: versions(KIND_MESSAGE[meta.changeKind]) }),
      updated: new Date(effectiveAt(meta)).toISOString(),
      summary: t('summary', { summary: meta.summary ?? versions('firstVersionSummary'), date: meta.effectiveDate }),
      category: meta.changeKind,
      links: [
        { rel: 'alternate', type: 'text/html', href: absolute(`/${locale}${versionHref(slug, meta.version)}`) },
        ...(previous ? [{ rel: 'related' as const, type: 'text/html', title: t('redline', { version: previous }), href: absolute(`/${locale}${compareHref(slug, previous, meta.version)}`) }] : []),
      ],
    };
  });
}

/**
 * Every published version (upcoming ones included) of one agreement, or of all, as an Atom feed in the
 * reader's language: when each takes effect, what kind of change it is, its summary, and links to its
 * text and to the redline from the version before. Null for an unknown agreement.
 */
export async function versionsFeed(locale: Locale, slug?: string): Promise<string | null> {
  const slugs = slug ? [slug] : getAgreementSlugs();
  if (slug && !getAgreementSlugs().includes(slug)) return null;
  const t = await getTranslations({ locale, namespace: 'Feed' });
  const entries = (await Promise.all(slugs.map((each) => agreementEntries(locale, each)))).flat().sort((a, b) => b.updated.localeCompare(a.updated));
  const agreementTitle = slug ? getVersionForReader(slug, getVersionHistory(slug).at(-1)?.meta.version ?? '', locale)?.document.meta.title : undefined;
  const self = absolute(feedPath(locale, slug));
  return atomXml({
    id: self,
    title: agreementTitle ? t('agreementTitle', { title: agreementTitle }) : t('allTitle'),
    language: locale,
    author: { name: 'Accord', uri: absolute(`/${locale}`) },
    links: [
      { rel: 'self', type: ATOM_TYPE, href: self },
      { rel: 'alternate', type: 'text/html', href: absolute(slug ? `/${locale}${versionsHref(slug)}` : `/${locale}`) },
    ],
    entries,
  });
}
