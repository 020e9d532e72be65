import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LanguageNotice } from '@/components/agreement/language-notice';
import { CompareForm } from '@/components/versions/compare-form';
import { CompareProblem } from '@/components/versions/compare-problem';
import { OnlyVersion } from '@/components/versions/only-version';
import { CompareSummary } from '@/components/versions/compare-summary';
import { RedlineView } from '@/components/versions/redline-view';
import { VersionBreadcrumbs } from '@/components/versions/version-breadcrumbs';
import { getCurrentVersion } from '@/lib/content/agreements';
import { getComparison } from '@/lib/versions/comparison';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: 'Compare' });
  const current = getCurrentVersion(slug, locale);
  return current ? { title: `${t('title')} · ${current.document.meta.title}`, robots: { index: false } } : {};
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const current = getCurrentVersion(slug, locale);
  const result = getComparison(slug, await searchParams, locale);
  if (!current || !result) notFound();
  const t = await getTranslations('Compare');
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 lg:py-8">
      <VersionBreadcrumbs slug={slug} meta={current.document.meta} page={t('title')} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight text-ink sm:text-3xl">{t('title')}</h1>
      <p className="mt-2 text-lg text-ink-soft" lang={current.document.meta.language}>
        {current.document.meta.title}
      </p>
      {!result.ok && result.problem.kind === 'too-few-versions' ? (
        <OnlyVersion slug={slug} version={current.document.meta.version} />
      ) : (
        <CompareForm action={`/${locale}/agreements/${slug}/compare`} history={result.history} selected={result.selected} view={result.view} />
      )}
      {result.ok ? (
        <>
          <CompareSummary slug={slug} comparison={result.comparison} view={result.view} />
          <div className="mt-4">
            <LanguageNotice textLanguage={result.comparison.to.document.meta.language} />
          </div>
          <RedlineView redline={result.comparison.redline} view={result.view} language={result.comparison.to.document.meta.language} />
        </>
      ) : (
        result.problem.kind !== 'too-few-versions' && <CompareProblem slug={slug} problem={result.problem} />
      )}
    </div>
  );
}
