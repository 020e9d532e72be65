'use client';

import { usePathname } from 'next/navigation';
import { useActionState } from 'react';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { SignInState } from '@/app/[locale]/(site)/signin/actions';

type Props = {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  locale: string;
  /** Where to go once signed in (checked again by the action). */
  next: string;
  labels: { email: string; password: string; showPassword: string; submit: string; invalid: string; limited: string };
};

export function SignInForm({ action, locale, next, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, { email: '', failed: false, limited: false }, usePathname());
  return (
    <form action={formAction} className="mt-8 space-y-5">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      {(state.failed || state.limited) && (
        <p role="alert" className="rounded-lg border-2 border-red-700 p-3 text-sm font-medium text-red-700 dark:text-red-400">
          {state.limited ? labels.limited : labels.invalid}
        </p>
      )}
      <TextField id="signin-email" label={labels.email} name="email" type="email" autoComplete="email" required defaultValue={state.email} />
      <PasswordField id="signin-password" label={labels.password} showLabel={labels.showPassword} name="password" autoComplete="current-password" required />
      <SubmitButton label={labels.submit} pending={pending} />
    </form>
  );
}
