/** The dialog lists at most this many results, so the server can phrase every possible count. */
export const DIALOG_RESULTS = 20;

/**
 * Everything the search dialog says, translated on the server: `results[n]` is the status for n
 * results (ICU plurals resolved there), so the browser needs no message formatter.
 */
export type SearchDialogStrings = {
  open: string;
  shortcutHint: string;
  title: string;
  close: string;
  label: string;
  placeholder: string;
  instructions: string;
  scopeLabel: string;
  allDocuments: string;
  currentDocument: string;
  loading: string;
  loadFailed: string;
  openFullPage: string;
  noWords: string;
  startHint: string;
  emptyTitle: string;
  emptyHint: string;
  englishOnlyHint: string;
  nothingHere: string;
  elsewhereHint: string;
  searchAllDocuments: string;
  didYouMean: string;
  showingResultsFor: string;
  results: string[];
};
