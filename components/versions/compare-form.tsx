import { useTranslations } from 'next-intl';
import type { VersionEntry } from '@/lib/content/types';
import type { CompareView } from '@/lib/versions/comparison';

type Props = { action: string; history: VersionEntry[]; selected: { from: string; to: string }; view: CompareView };

/** Picks the two versions to compare: a plain GET form, so it works without JavaScript. */
export function CompareForm({ action, history, selected, view }: Props) {
  const t = useTranslations('Compare');
  const select = (name: 'from' | 'to', label: string) => (
    <div>
      <label htmlFor={`compare-${name}`} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <select
        id={`compare-${name}`}
        name={name}
        defaultValue={selected[name]}
        className="mt-1 w-full rounded-lg border border-line bg-canvas px-3 py-2 text-ink sm:w-56"
      >
        {history.map(({ meta }) => (
          <option key={meta.version} value={meta.version}>
            {meta.version}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form action={action} method="get" className="mt-6 flex flex-wrap items-end gap-4 rounded-lg border border-line bg-panel p-4">
      {select('from', t('from'))}
      {select('to', t('to'))}
      <input type="hidden" name="view" value={view} />
      <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong">
        {t('submit')}
      </button>
    </form>
  );
}
