'use client';

import { usePathname } from 'next/navigation';
import { useActionState } from 'react';
import type { VerifyState } from '@/app/[locale]/(site)/verify/actions';

type Props = {
  action: (state: VerifyState, formData: FormData) => Promise<VerifyState>;
  labels: Record<'paste' | 'upload' | 'submit' | 'valid' | 'invalid' | 'tampered' | 'unreadable' | 'tooLarge' | 'record', string>;
  checkLabels: Record<string, string>;
};

/** Paste or upload a receipt; the verdict names every check that failed. */
export function VerifyForm({ action, labels, checkLabels }: Props) {
  const [state, formAction, pending] = useActionState(action, { verdict: null, tooLarge: false }, usePathname());
  const verdict = state.verdict;
  return (
    <>
      <form action={formAction} className="mt-8 space-y-5">
        <div>
          <label htmlFor="verify-receipt" className="block font-medium text-ink">
            {labels.paste}
          </label>
          <textarea id="verify-receipt" name="receipt" rows={8} className="mt-1 w-full rounded-lg border border-line bg-canvas px-3 py-2 font-mono text-xs text-ink" />
        </div>
        <div>
          <label htmlFor="verify-file" className="block font-medium text-ink">
            {labels.upload}
          </label>
          <input id="verify-file" name="file" type="file" accept="application/json,.json" className="mt-1 block text-sm text-ink-soft" />
        </div>
        <button type="submit" disabled={pending} className="rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong disabled:opacity-70">
          {labels.submit}
        </button>
      </form>
      <div role="status" className="mt-8">
        {state.tooLarge && <p className="font-medium text-ink">{labels.tooLarge}</p>}
        {verdict?.status === 'unreadable' && <p className="font-medium text-ink">{labels.unreadable}</p>}
        {verdict && verdict.status !== 'unreadable' && (
          <div className={`rounded-lg border-2 p-4 ${verdict.status === 'valid' ? 'border-green-700' : 'border-red-700'}`}>
            <p className="text-lg font-semibold text-ink">{labels[verdict.status]}</p>
            <p className="mt-2 text-sm text-ink-soft">
              {labels.record} #{verdict.summary.seq} · {verdict.summary.agreementTitle} · {verdict.summary.version} · {verdict.summary.recordedAt}
            </p>
            {verdict.failed.length > 0 && (
              <ul className="mt-3 list-disc pl-5 text-sm text-ink">
                {verdict.failed.map((check) => (
                  <li key={check}>{checkLabels[check]}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </>
  );
}
