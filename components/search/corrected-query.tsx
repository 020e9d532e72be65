/**
 * The message is formatted on the server with this as the query, and split at it here, so the browser
 * needs no message formatter: t('showingResultsFor', { query: QUERY_SLOT }).
 */
export const QUERY_SLOT = '{query}';

/** "Showing results for suspend": said when only typo-tolerant matching found the results. */
export function CorrectedQuery({ template, query }: { template: string; query: string }) {
  const [before = '', after = ''] = template.split(QUERY_SLOT);
  return (
    <>
      {before}
      <strong className="font-semibold text-ink">{query}</strong>
      {after}
    </>
  );
}
