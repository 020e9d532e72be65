'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef } from 'react';
import type { AgreementToAccept } from '@/lib/acceptance/agreements-to-accept';
import { shownField, shownValue } from '@/lib/acceptance/agreement-fields';
import { INITIAL_SIGNUP_STATE, type SignupErrorCode, type SignupState } from '@/lib/acceptance/signup-form';
import { TextField } from '@/components/ui/text-field';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/limits';

type ShownAgreement = AgreementToAccept & { acceptLabel: string; readLabel: string; mustAccept: string; changed: string };
type Labels = Record<string, string>;
type Props = {
  action: (state: SignupState, formData: FormData) => Promise<SignupState>;
  locale: string;
  agreements: ShownAgreement[];
  labels: Labels;
};

/**
 * The clickwrap form: email, password, one unticked box per agreement naming its version, and a
 * button that says the user agrees. Works without JavaScript (a plain form post to a server action).
 */
export function SignupForm({ action, locale, agreements, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_SIGNUP_STATE);
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  const timeZone = useRef<HTMLInputElement>(null);
  const referrer = useRef<HTMLInputElement>(null);

  const agreementErrors = Object.entries(state.errors.agreements);
  const changed = agreementErrors.some(([, code]) => code === 'agreementChanged');
  const message = (code: SignupErrorCode | undefined) => (code ? labels[code] : undefined);
  const errorList = [
    state.errors.email && { href: '#signup-email', text: message(state.errors.email) },
    state.errors.password && { href: '#signup-password', text: message(state.errors.password) },
    ...agreements.flatMap((agreement) => {
      const code = state.errors.agreements[agreement.slug];
      return code ? [{ href: `#accept-${agreement.slug}`, text: code === 'agreementChanged' ? agreement.changed : agreement.mustAccept }] : [];
    }),
    state.formError && { href: '#signup-email', text: message(state.formError) },
  ].filter((entry) => !!entry);

  useEffect(() => {
    // Client-asserted context, recorded apart from what the server observed.
    if (timeZone.current) timeZone.current.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (referrer.current) referrer.current.value = document.referrer;
  }, [state]);

  useEffect(() => {
    if (errorList.length > 0) summary.current?.focus();
    // A newer version became current: fetch the form again, showing it.
    if (changed) router.refresh();
  }, [state, changed, errorList.length, router]);

  const fieldError = (id: string, text: string | undefined) =>
    text && (
      <p id={id} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
        {text}
      </p>
    );

  return (
    <form action={formAction} noValidate className="mt-8 space-y-6">
      {errorList.length > 0 && (
        <div ref={summary} tabIndex={-1} role="alert" className="rounded-lg border-2 border-red-700 p-4 text-sm">
          <h2 className="font-semibold text-ink">{labels.errorSummary}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {errorList.map((entry) => (
              <li key={entry.text}>
                <a href={entry.href} className="text-red-700 underline dark:text-red-400">
                  {entry.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input ref={timeZone} type="hidden" name="timeZone" defaultValue="" />
      <input ref={referrer} type="hidden" name="referrer" defaultValue="" />

      <TextField
        id="signup-email"
        label={labels.email ?? ''}
        error={message(state.errors.email)}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.email}
      />
      <TextField
        id="signup-password"
        label={labels.password ?? ''}
        hint={labels.passwordHint}
        error={message(state.errors.password)}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
      />

      <fieldset className="space-y-4">
        <legend className="font-medium text-ink">{labels.agreementsLegend}</legend>
        {agreements.map((agreement) => {
          const code = state.errors.agreements[agreement.slug];
          const errorId = `accept-${agreement.slug}-error`;
          return (
            <div key={`${agreement.slug}@${agreement.version}`} className={`rounded-lg border p-4 ${code ? 'border-red-700' : 'border-line'}`}>
              <input type="hidden" name={shownField(agreement.slug)} value={shownValue(agreement)} />
              <div className="flex items-start gap-3">
                <input
                  id={`accept-${agreement.slug}`}
                  name="accept"
                  value={agreement.slug}
                  type="checkbox"
                  defaultChecked={state.accepted.includes(agreement.slug)}
                  aria-invalid={!!code}
                  aria-describedby={code ? errorId : undefined}
                  className="mt-1 h-5 w-5 shrink-0 accent-accent"
                />
                <label htmlFor={`accept-${agreement.slug}`} className="text-ink">
                  {agreement.acceptLabel}
                </label>
              </div>
              <p className="mt-2 pl-8 text-sm">
                <a href={agreement.pagePath} target="_blank" rel="noopener" className="font-medium text-accent underline">
                  {agreement.readLabel}
                </a>
              </p>
              <p className="mt-1 break-all pl-8 font-mono text-xs text-muted">SHA-256 {agreement.sha256}</p>
              <div className="pl-8">{fieldError(errorId, code === 'agreementChanged' ? agreement.changed : code && agreement.mustAccept)}</div>
            </div>
          );
        })}
      </fieldset>

      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-lg bg-accent px-4 py-3 font-semibold text-on-accent hover:bg-accent-strong disabled:opacity-70"
      >
        {labels.submit}
      </button>
    </form>
  );
}
