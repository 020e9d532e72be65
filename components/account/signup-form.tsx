'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import type { AgreementToAccept } from '@/lib/acceptance/agreements-to-accept';
import { INITIAL_SIGNUP_STATE, type SignupErrorCode, type SignupState } from '@/lib/acceptance/signup-state';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FormProblem } from '@/components/ui/form-problem';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { AgreementCheckbox } from './agreement-checkbox';
import { ClientContextFields } from './client-context-fields';
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
  const [state, formAction, pending] = useActionState(action, INITIAL_SIGNUP_STATE, usePathname());
  const router = useRouter();

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
  ].filter((entry): entry is { href: string; text: string } => !!entry && !!entry.text);

  useEffect(() => {
    // A newer version became current: fetch the form again, showing it.
    if (changed) router.refresh();
  }, [state, changed, router]);

  return (
    <form action={formAction} noValidate className="mt-8 space-y-6">
      {state.formError ? (
        <FormProblem text={message(state.formError) ?? ''} attempt={state} />
      ) : (
        <ErrorSummary title={labels.errorSummary ?? ''} entries={errorList} attempt={state} />
      )}
      <input type="hidden" name="locale" value={locale} />
      <ClientContextFields attempt={state} />

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
          return (
            <AgreementCheckbox
              key={`${agreement.slug}@${agreement.version}`}
              agreement={agreement}
              acceptLabel={agreement.acceptLabel}
              readLabel={agreement.readLabel}
              error={code === 'agreementChanged' ? agreement.changed : code && agreement.mustAccept}
              defaultChecked={state.accepted.includes(agreement.slug)}
            />
          );
        })}
      </fieldset>

      <SubmitButton label={labels.submit ?? ''} pending={pending} />
    </form>
  );
}
