import { useTranslations } from 'next-intl';
import { methodMessageKey } from '@/lib/acceptance/method-message';

/** How an acceptance was given, in the console's words; an unknown method is shown as stored. */
export function MethodLabel({ method }: { method: string }) {
  const t = useTranslations('Admin');
  const key = methodMessageKey(method);
  return key ? t(key) : method;
}
