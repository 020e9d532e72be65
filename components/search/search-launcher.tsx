import { useTranslations } from 'next-intl';
import { QUERY_SLOT } from './corrected-query';
import { DIALOG_RESULTS, type SearchDialogStrings } from './search-dialog-strings';
import { SearchTrigger } from './search-trigger';

/** The header's search entry: a link to the search page that JavaScript turns into the dialog. */
export function SearchLauncher({ locale }: { locale: string }) {
  const t = useTranslations('Search');
  const strings: SearchDialogStrings = {
    open: t('open'),
    shortcutHint: t('shortcutHint'),
    title: t('dialogTitle'),
    close: t('close'),
    label: t('label'),
    placeholder: t('placeholder'),
    instructions: t('instructions'),
    scopeLabel: t('scopeLabel'),
    allDocuments: t('allDocuments'),
    currentDocument: t('currentDocument'),
    loading: t('loading'),
    loadFailed: t('loadFailed'),
    openFullPage: t('openFullPage'),
    noWords: t('noWords'),
    startHint: t('startHint'),
    emptyTitle: t('emptyTitle'),
    emptyHint: t('emptyHint'),
    englishOnlyHint: t('englishOnlyHint'),
    nothingHere: t('nothingHere'),
    elsewhereHint: t('elsewhereHint'),
    searchAllDocuments: t('searchAllDocuments'),
    didYouMean: t('didYouMean'),
    showingResultsFor: t('showingResultsFor', { query: QUERY_SLOT }),
    results: Array.from({ length: DIALOG_RESULTS + 1 }, (_, count) => t('results', { count })),
  };
  return <SearchTrigger locale={locale} strings={strings} />;
}
