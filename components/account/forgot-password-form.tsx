'use client';

import { usePathname } from 'next/navigation';
import { useActionState } from 'react';
import { FormProblem } from '@/components/ui/form-problem';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { ForgotPasswordState } from '@/app/[locale]/(site)/forgot-password/actions';
import { Notice } from '@/components/ui/notice';

type Props = {
  action: (state: ForgotPasswordState, formData: FormData) => Promise<ForgotPasswordState>;
  locale: string;
  labels: { email: string; submit: string; invalidEmail: string; limited: string; emailOff: string; /** With {email} where the address goes. */ sent: string };
};

export function ForgotPasswordForm({ action, locale, labels }: Props) {
  const [state, formAction, pending] = useActionState<ForgotPasswordState, FormData>(action, { email: '', outcome: 'none' }, usePathname());
  if (state.outcome === 'sent') {
    return (
      <Notice status className="mt-8">
        {labels.sent.replace('{email}', state.email)}
      </Notice>
    );
  }
  const problem = state.outcome === 'limited' ? labels.limited : state.outcome === 'email-off' ? labels.emailOff : null;
  return (
    <form action={formAction} className="mt-8 space-y-5">
      <input type="hidden" name="locale" value={locale} />
      {problem && <FormProblem text={problem} attempt={state} />}
      <TextField
        id="reset-email"
        label={labels.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.email}
        error={state.outcome === 'invalid-email' ? labels.invalidEmail : undefined}
      />
      <SubmitButton label={labels.submit} pending={pending} />
    </form>
  );
}
