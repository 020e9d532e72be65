import type { AcceptanceMethod } from '@/lib/ledger/records';

export const METHOD_MESSAGE_KEYS = { 'signup-checkbox': 'methodSignupCheckbox', 're-acceptance': 'methodReAcceptance', api: 'methodApi' } as const satisfies Record<AcceptanceMethod, string>;

/** The message (in "Account" and "Admin") naming how an acceptance was given, or null for a method this code does not know. */
export function methodMessageKey(method: string): (typeof METHOD_MESSAGE_KEYS)[AcceptanceMethod] | null {
  return Object.hasOwn(METHOD_MESSAGE_KEYS, method) ? METHOD_MESSAGE_KEYS[method as AcceptanceMethod] : null;
}
