import { useTranslations } from 'next-intl';
import { READING_MODE_PARAM, READING_MODES, type ReadingMode } from '@/lib/reader/reading-mode';

/**
 * "Pure Mode / Normal Mode". A plain GET form, so it works without JavaScript: the proxy reads
 * `?mode=`, remembers it in a cookie and serves the matching variant of the page.
 */
export function ReadingModeSwitch({ mode, action }: { mode: ReadingMode; action: string }) {
  const t = useTranslations('ReadingMode');
  const labels: Record<ReadingMode, string> = { pure: t('pure'), normal: t('normal') };
  return (
    <form method="get" action={action} className="print:hidden">
      <div role="group" aria-label={t('label')} className="inline-flex rounded-lg border border-line bg-panel p-0.5 text-sm">
        {[...READING_MODES].reverse().map((value) => (
          <button
            key={value}
            type="submit"
            name={READING_MODE_PARAM}
            value={value}
            aria-pressed={value === mode}
            className={`rounded-md px-3 py-1.5 font-medium ${
              value === mode ? 'bg-canvas text-ink shadow-sm ring-1 ring-line' : 'text-muted hover:text-ink'
            }`}
          >
            {labels[value]}
          </button>
        ))}
      </div>
    </form>
  );
}
