import { shownField, shownValue } from '@/lib/acceptance/shown-field';
import type { AgreementToAccept } from '@/lib/acceptance/agreements-to-accept';

type Props = {
  agreement: AgreementToAccept;
  /** The sentence beside the box, naming the agreement and version. */
  acceptLabel: string;
  readLabel: string;
  error: string | undefined;
  defaultChecked: boolean;
};

/** One unticked box per agreement version, with the exact text it accepts carried in a hidden field. */
export function AgreementCheckbox({ agreement, acceptLabel, readLabel, error, defaultChecked }: Props) {
  const id = `accept-${agreement.slug}`;
  const errorId = `${id}-error`;
  return (
    <div className={`rounded-lg border p-4 ${error ? 'border-red-700' : 'border-line'}`}>
      <input type="hidden" name={shownField(agreement.slug)} value={shownValue(agreement)} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          name="accept"
          value={agreement.slug}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={!!error}
          aria-describedby={error ? errorId : undefined}
          className="mt-1 h-5 w-5 shrink-0 accent-accent"
        />
        <label htmlFor={id} className="text-ink">
          {acceptLabel}
        </label>
      </div>
      <p className="mt-2 pl-8 text-sm">
        <a href={agreement.pagePath} target="_blank" rel="noopener" className="font-medium text-accent underline">
          {readLabel}
        </a>
      </p>
      <p className="mt-1 break-all pl-8 font-mono text-xs text-muted">SHA-256 {agreement.sha256}</p>
      {error && (
        <p id={errorId} className="mt-1 pl-8 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
