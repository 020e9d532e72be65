import { useTranslations } from 'next-intl';
import { methodMessageKey } from '@/lib/acceptance/method-message';

/** How the customer gave an acceptance, in the customer's words; a method this code does not know, as stored. */
export function MethodName({ method }: { method: string }) {
  const t = useTranslations('Account');
  const key = methodMessageKey(method);
  return key ? t(key) : method;
}
