'use client';

import { usePathname } from 'next/navigation';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { SignInState } from '@/app/[locale]/(site)/signin/actions';

type Props = {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  locale: string;
  labels: { email: string; password: string; submit: string; invalid: string; limited: string };
};

export function SignInForm({ action, locale, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, { email: '', failed: false, limited: false }, usePathname());
  return (
    <form action={formAction} className="mt-8 space-y-5">
      <input type="hidden" name="locale" value={locale} />
      {(state.failed || state.limited) && (
        <p role="alert" className="rounded-lg border-2 border-red-700 p-3 text-sm font-medium text-red-700 dark:text-red-400">
          {state.limited ? labels.limited : labels.invalid}
        </p>
      )}
      <TextField id="signin-email" label={labels.email} name="email" type="email" autoComplete="email" required defaultValue={state.email} />
      <TextField id="signin-password" label={labels.password} name="password" type="password" autoComplete="current-password" required />
      <SubmitButton label={labels.submit} pending={pending} />
    </form>
  );
}
