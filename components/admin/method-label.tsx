import { useTranslations } from 'next-intl';

const METHOD_KEYS: Record<string, 'methodSignupCheckbox' | 'methodReAcceptance' | 'methodApi'> = {
  'signup-checkbox': 'methodSignupCheckbox',
  're-acceptance': 'methodReAcceptance',
  api: 'methodApi',
};

/** How an acceptance was given, in words; an unknown method is shown as stored. */
export function MethodLabel({ method }: { method: string }) {
  const t = useTranslations('Admin');
  const key = METHOD_KEYS[method];
  return key ? t(key) : method;
}
