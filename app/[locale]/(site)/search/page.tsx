import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CorrectedQuery, QUERY_SLOT } from '@/components/search/corrected-query';
import { EmptyState } from '@/components/search/empty-state';
import { HitSummary } from '@/components/search/hit-summary';
import { QueryNotices } from '@/components/search/query-notices';
import { SearchForm } from '@/components/search/search-form';
import { getAgreements } from '@/lib/content/agreements';
import { getClauseSearch } from '@/lib/search/clause-search';
import { hitHref } from '@/lib/search/hit-link';
import { parseSearchParams } from '@/lib/search/search-params';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Search' });
  return { title: t('title'), robots: { index: false } };
}

/** Server-rendered search: works without JavaScript, and every result list has its own URL. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Search');
  const agreements = getAgreements(locale);
  const request = parseSearchParams(await searchParams, agreements.map((agreement) => agreement.slug));
  const search = getClauseSearch(locale);
  const outcome = search.search(request.query, request.scope);
  const suggestion = outcome.suggestions[0];

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('title')}</h1>
      <SearchForm
        action={`/${locale}/search`}
        query={outcome.query}
        scope={request.scope}
        agreements={agreements.map(({ slug, current }) => ({ slug, title: current.navTitle }))}
      />
      <QueryNotices outcome={outcome} unknownScope={request.unknownScope} />
      {outcome.problem === null && (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="text-sm font-medium text-muted">
            {t('results', { count: outcome.hits.length })}
          </h2>
          {outcome.correctedQuery && (
            <p className="mt-2 text-sm text-ink-soft">
              <CorrectedQuery template={t('showingResultsFor', { query: QUERY_SLOT })} query={outcome.correctedQuery} />
            </p>
          )}
          {outcome.hits.length === 0 ? (
            <div className="mt-4">
              <EmptyState
                title={t('emptyTitle')}
                hint={search.queryScriptIsMissing(request.query) ? t('englishOnlyHint') : t('emptyHint')}
                suggestion={
                  suggestion && (
                    <>
                      {t('didYouMean')}{' '}
                      <a className="font-medium text-accent underline" href={`/${locale}/search?${new URLSearchParams({ q: suggestion, scope: request.scope })}`}>
                        {suggestion}
                      </a>
                    </>
                  )
                }
              />
            </div>
          ) : (
            <ol className="mt-4 divide-y divide-line rounded-lg border border-line">
              {outcome.hits.map((hit) => (
                <li key={hit.entry.id}>
                  <a href={hitHref(locale, hit)} className="block px-4 py-3 hover:bg-panel">
                    <HitSummary hit={hit} />
                  </a>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
