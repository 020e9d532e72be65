import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AgreementArticle } from '@/components/agreement/agreement-article';
import { LanguageNotice } from '@/components/agreement/language-notice';
import { VersionFacts } from '@/components/agreement/version-facts';
import { VersionBanner } from '@/components/versions/version-banner';
import { VersionBreadcrumbs } from '@/components/versions/version-breadcrumbs';
import { getVersionForReader, getVersionHistory } from '@/lib/content/agreements';

type Props = { params: Promise<{ locale: Locale; slug: string; version: string }> };

// Rendered per request: the banner says how this version stands to the one in force right now, and
// versions published after the build must be found.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, version } = await params;
  const text = getVersionForReader(slug, decodeURIComponent(version), locale);
  if (!text) return {};
  const t = await getTranslations({ locale, namespace: 'Versions' });
  return { title: `${text.document.meta.title} · ${t('versionTitle', { version: text.document.meta.version })}`, robots: { index: false } };
}

export default async function VersionPage({ params }: Props) {
  const { locale, slug, version } = await params;
  setRequestLocale(locale);
  const versionId = decodeURIComponent(version);
  const text = getVersionForReader(slug, versionId, locale);
  const history = getVersionHistory(slug);
  const shown = history.find((entry) => entry.meta.version === versionId);
  if (!text || !shown) notFound();
  const t = await getTranslations('Versions');
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 lg:py-8">
      <VersionBreadcrumbs slug={slug} meta={text.document.meta} page={t('versionTitle', { version: versionId })} />
      <div className="mt-4">
        <VersionBanner slug={slug} shown={shown} current={history.find((entry) => entry.status === 'current')} />
        <LanguageNotice textLanguage={text.document.meta.language} />
        <AgreementArticle document={text.document} />
        <VersionFacts version={text} />
      </div>
    </div>
  );
}
