import { useTranslations } from 'next-intl';
import type { AcceptanceMethod } from '@/lib/ledger/records';

const METHOD_KEYS = { 'signup-checkbox': 'methodSignupCheckbox', 're-acceptance': 'methodReAcceptance', api: 'methodApi' } as const satisfies Record<
  AcceptanceMethod,
  string
>;

const isKnown = (method: string): method is AcceptanceMethod => Object.hasOwn(METHOD_KEYS, method);

/** How the customer gave an acceptance, in the customer's words; a method this code does not know, as stored. */
export function MethodName({ method }: { method: string }) {
  const t = useTranslations('Account');
  return isKnown(method) ? t(METHOD_KEYS[method]) : method;
}
