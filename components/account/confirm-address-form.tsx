'use client';

import { usePathname } from 'next/navigation';
import { useActionState } from 'react';
import { FormProblem } from '@/components/ui/form-problem';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ConfirmAddressState } from '@/app/[locale]/(site)/verify-email/actions';
import { Notice } from '@/components/ui/notice';

type Props = {
  action: (state: ConfirmAddressState, formData: FormData) => Promise<ConfirmAddressState>;
  token: string;
  labels: { submit: string; confirmed: string; invalidLink: string };
};

/** One button: following a link must not change anything by itself (mail scanners open links too). */
export function ConfirmAddressForm({ action, token, labels }: Props) {
  const [state, formAction, pending] = useActionState<ConfirmAddressState, FormData>(action, { outcome: 'none' }, usePathname());
  if (state.outcome === 'confirmed') {
    return (
      <Notice status className="mt-8">
        {labels.confirmed}
      </Notice>
    );
  }
  return (
    <form action={formAction} className="mt-8 space-y-5">
      <input type="hidden" name="token" value={token} />
      {state.outcome === 'invalid-link' && <FormProblem text={labels.invalidLink} attempt={state} />}
      <SubmitButton label={labels.submit} pending={pending} />
    </form>
  );
}
