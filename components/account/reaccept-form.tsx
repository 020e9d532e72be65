'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import type { AgreementToAccept } from '@/lib/acceptance/agreements-to-accept';
import { INITIAL_REACCEPT_STATE, type ReacceptState } from '@/lib/acceptance/reaccept-state';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { AgreementCheckbox } from './agreement-checkbox';
import { ClientContextFields } from './client-context-fields';

type OwedAgreement = AgreementToAccept & { acceptLabel: string; readLabel: string; mustAccept: string; changed: string };
type Props = {
  action: (state: ReacceptState, formData: FormData) => Promise<ReacceptState>;
  locale: string;
  next: string;
  agreements: OwedAgreement[];
  labels: { legend: string; submit: string; errorSummary: string; unexpected: string };
};

/** The interstitial's clickwrap: one unticked box per agreement owed, and a button that accepts them. */
export function ReacceptForm({ action, locale, next, agreements, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_REACCEPT_STATE, usePathname());
  const router = useRouter();
  const changed = Object.values(state.errors).includes('agreementChanged');
  const errorFor = (agreement: OwedAgreement) => {
    const code = state.errors[agreement.slug];
    return code === 'agreementChanged' ? agreement.changed : code && agreement.mustAccept;
  };
  const entries = [
    ...agreements.flatMap((agreement) => {
      const text = errorFor(agreement);
      return text ? [{ href: `#accept-${agreement.slug}`, text }] : [];
    }),
    ...(state.formError ? [{ href: '#reaccept-submit', text: labels.unexpected }] : []),
  ];

  useEffect(() => {
    // A newer version became current while the page was open: show it.
    if (changed) router.refresh();
  }, [state, changed, router]);

  return (
    <form action={formAction} noValidate className="mt-8 space-y-6">
      <ErrorSummary title={labels.errorSummary} entries={entries} attempt={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <ClientContextFields attempt={state} />
      <fieldset className="space-y-4">
        <legend className="font-medium text-ink">{labels.legend}</legend>
        {agreements.map((agreement) => (
          <AgreementCheckbox
            key={`${agreement.slug}@${agreement.version}`}
            agreement={agreement}
            acceptLabel={agreement.acceptLabel}
            readLabel={agreement.readLabel}
            error={errorFor(agreement)}
            defaultChecked={state.accepted.includes(agreement.slug)}
          />
        ))}
      </fieldset>
      <SubmitButton id="reaccept-submit" label={labels.submit} pending={pending} />
    </form>
  );
}
