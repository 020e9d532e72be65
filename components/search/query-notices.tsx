import { useTranslations } from 'next-intl';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import type { SearchOutcome } from '@/lib/search/types';

/** Plain words about a query that could not be used as typed. */
export function QueryNotices({ outcome, unknownScope }: { outcome: SearchOutcome; unknownScope: string | null }) {
  const t = useTranslations('Search');
  const notices = [
    outcome.problem === 'empty' ? t('promptEmpty') : null,
    outcome.problem === 'no-words' ? t('noWords') : null,
    outcome.truncated ? t('truncated', { max: MAX_QUERY_LENGTH }) : null,
    unknownScope !== null ? t('unknownScope', { scope: unknownScope }) : null,
  ].filter((notice) => notice !== null);
  return notices.map((notice) => (
    <p key={notice} role="status" className="mt-4 rounded-lg bg-panel px-4 py-3 text-sm text-ink-soft">
      {notice}
    </p>
  ));
}
