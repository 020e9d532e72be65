import { useTranslations } from 'next-intl';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';

type Props = { action: string; query: string; scope: string; agreements: { slug: string; title: string }[] };

/** The search page's GET form: query and scope ("All Documents" or one agreement). */
export function SearchForm({ action, query, scope, agreements }: Props) {
  const t = useTranslations('Search');
  const scopes = [{ slug: 'all', title: t('allDocuments') }, ...agreements];
  return (
    <form method="get" action={action} role="search" className="mt-6 space-y-4">
      <div className="flex gap-2">
        <label htmlFor="search-query" className="sr-only">
          {t('label')}
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('placeholder')}
          className="min-w-0 flex-1 rounded-lg border border-line bg-canvas px-3 py-2 text-ink placeholder:text-muted"
        />
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent-strong">
          {t('submit')}
        </button>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-ink">{t('scopeLabel')}</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2 text-sm">
          {scopes.map((option) => (
            <label key={option.slug} className="flex items-center gap-2 text-ink-soft">
              <input type="radio" name="scope" value={option.slug} defaultChecked={option.slug === scope} className="accent-accent" />
              {option.title}
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
