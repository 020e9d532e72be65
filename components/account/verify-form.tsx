'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from 'next-intl';
import { useActionState, useState } from 'react';
import type { VerifyState } from '@/app/[locale]/(site)/verify/actions';
import { localizedPath } from '@/i18n/navigation';
import { versionHref } from '@/lib/versions/paths';

type Label =
  | 'paste' | 'upload' | 'chooseFile' | 'noFile' | 'submit' | 'empty' | 'valid' | 'invalid' | 'tampered' | 'unreadable' | 'tooLarge'
  | 'validLead' | 'checksTitle' | 'notChecked' | 'readText';

/** The checks a verdict reports on, in the order a reader follows them; the ledger's record stands for "missing" and "altered". */
const CHECKS = ['signature', 'statement', 'recordHash', 'inclusion', 'ledger-record', 'ledger-history'] as const;
type Check = (typeof CHECKS)[number];

type Props = {
  action: (state: VerifyState, formData: FormData) => Promise<VerifyState>;
  locale: Locale;
  labels: Record<Label, string>;
  /** What each check means when it passed. */
  passLabels: Record<Check, string>;
  /** What each failure means, by the name the verdict gives it. */
  failLabels: Record<string, string>;
};

/**
 * Paste or upload a receipt. The verdict says in words what the receipt is for, lists every check
 * with its outcome, and links to the text that was accepted; the pasted receipt stays in the box.
 */
export function VerifyForm({ action, locale, labels, passLabels, failLabels }: Props) {
  const [state, formAction, pending] = useActionState(action, { verdict: null, problem: null }, usePathname());
  const [pasted, setPasted] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const verdict = state.verdict;
  return (
    <>
      <form action={formAction} className="mt-8 space-y-5">
        <div>
          <label htmlFor="verify-receipt" className="block font-medium text-ink">
            {labels.paste}
          </label>
          <textarea
            id="verify-receipt"
            name="receipt"
            rows={8}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            className="mt-1 w-full rounded-lg border border-line bg-canvas px-3 py-2 font-mono text-xs text-ink"
          />
        </div>
        <div>
          <input
            id="verify-file"
            name="file"
            type="file"
            accept="application/json,.json"
            onChange={(event) => setFileName(event.target.files?.[0]?.name ?? null)}
            className="peer sr-only"
          />
          <label htmlFor="verify-file" className="block cursor-pointer rounded-lg peer-focus-visible:outline-2 peer-focus-visible:outline-offset-4 peer-focus-visible:outline-accent">
            <span className="block font-medium text-ink">{labels.upload}</span>
            <span className="mt-2 flex flex-wrap items-center gap-3 text-sm">
              <span className="rounded-lg border border-line px-3 py-1.5 font-medium text-ink-soft hover:bg-panel hover:text-ink">{labels.chooseFile}</span>
              <span className="text-muted">{fileName ?? labels.noFile}</span>
            </span>
          </label>
        </div>
        <button type="submit" disabled={pending} className="rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong disabled:opacity-70">
          {labels.submit}
        </button>
      </form>
      <div role="status" className="mt-8">
        {state.problem === 'too-large' && <p className="font-medium text-ink">{labels.tooLarge}</p>}
        {state.problem === 'empty' && <p className="font-medium text-ink">{labels.empty}</p>}
        {verdict?.status === 'unreadable' && <p className="font-medium text-ink">{labels.unreadable}</p>}
        {verdict && verdict.status !== 'unreadable' && (
          <div className={`rounded-lg border-2 p-4 sm:p-5 ${verdict.status === 'valid' ? 'border-green-700' : 'border-red-700'}`}>
            <p className="text-lg font-semibold text-ink">{labels[verdict.status]}</p>
            <p className="mt-2 text-ink-soft">
              {labels.validLead
                .replace('{title}', verdict.summary.agreementTitle)
                .replace('{version}', verdict.summary.version)
                .replace('{date}', new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(verdict.summary.recordedAt)))}
            </p>
            <p className="mt-2">
              <a href={localizedPath(versionHref(verdict.summary.agreement, verdict.summary.version), locale)} className="font-medium text-accent underline underline-offset-4">
                {labels.readText}
              </a>
            </p>
            <h2 className="mt-4 font-semibold text-ink">{labels.checksTitle}</h2>
            <ul className="mt-2 space-y-1.5 text-sm">
              {CHECKS.map((check) => {
                const outcome = checkOutcome(check, verdict.failed);
                return (
                  <li key={check} className="flex gap-2">
                    <span aria-hidden="true" className={outcome.passed ? 'text-green-700' : outcome.failure ? 'text-red-700' : 'text-muted'}>
                      {outcome.passed ? '✓' : outcome.failure ? '✗' : '–'}
                    </span>
                    <span className={outcome.passed ? 'text-ink-soft' : 'text-ink'}>
                      {outcome.passed ? passLabels[check] : outcome.failure ? failLabels[outcome.failure] : labels.notChecked}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
    </>
  );
}

/** Passed, failed (with the verdict's name for the failure), or not checked: the ledger's history is looked at only when it holds the record. */
function checkOutcome(check: Check, failed: string[]): { passed: boolean; failure: string | null } {
  const recordFailure = failed.find((name) => name === 'ledger-missing' || name === 'ledger-altered') ?? null;
  if (check === 'ledger-record') return { passed: !recordFailure, failure: recordFailure };
  if (check === 'ledger-history' && recordFailure) return { passed: false, failure: null };
  return failed.includes(check) ? { passed: false, failure: check } : { passed: true, failure: null };
}
