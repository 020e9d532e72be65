import { useTranslations } from 'next-intl';
import type { VersionEntry } from '@/lib/content/types';
import { ChangeKindBadge } from './change-kind-badge';

/** Each version's own summary of what it changed, oldest first. */
export function ChangeSummaries({ steps, headingId }: { steps: VersionEntry[]; headingId: string }) {
  const t = useTranslations('Compare');
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line p-4">
      <h2 id={headingId} className="font-semibold text-ink">
        {t('summariesTitle')}
      </h2>
      <ul className="mt-2 space-y-2 text-sm text-ink-soft">
        {steps.map(({ meta }) => (
          <li key={meta.version}>
            <span className="font-medium text-ink">{meta.version}</span> <ChangeKindBadge kind={meta.changeKind} />{' '}
            <span lang={meta.language}>{meta.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
