'use client';

import { usePathname } from 'next/navigation';
import { useActionState } from 'react';
import { FormProblem } from '@/components/ui/form-problem';
import { SubmitButton } from '@/components/ui/submit-button';
import { PasswordField } from '@/components/ui/password-field';
import type { ResetPasswordState } from '@/app/[locale]/(site)/reset-password/actions';

type Props = {
  action: (state: ResetPasswordState, formData: FormData) => Promise<ResetPasswordState>;
  locale: string;
  token: string;
  minLength: number;
  maxLength: number;
  labels: { password: string; hint: string; showPassword: string; submit: string; passwordLength: string; invalidLink: string };
  /** Shown with the invalid-link refusal: how to get a new link. */
  newLink: React.ReactNode;
};

export function ResetPasswordForm({ action, locale, token, minLength, maxLength, labels, newLink }: Props) {
  const [state, formAction, pending] = useActionState<ResetPasswordState, FormData>(action, { problem: 'none' }, usePathname());
  if (state.problem === 'invalid-link') {
    return (
      <div className="mt-8 space-y-4">
        <FormProblem text={labels.invalidLink} attempt={state} />
        {newLink}
      </div>
    );
  }
  return (
    <form action={formAction} className="mt-8 space-y-5">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <PasswordField
        id="new-password"
        label={labels.password}
        hint={labels.hint}
        showLabel={labels.showPassword}
        name="password"
        autoComplete="new-password"
        minLength={minLength}
        maxLength={maxLength}
        required
        error={state.problem === 'password-length' ? labels.passwordLength : undefined}
      />
      <SubmitButton label={labels.submit} pending={pending} />
    </form>
  );
}
