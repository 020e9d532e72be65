import 'server-only';
import { routing } from '@/i18n/routing';
import { getAgreements } from './agreements';

/** Each agreement's current title in the default language, by slug (an unknown slug names itself): what receipts sign as the title. */
export function agreementTitleOf(): (slug: string) => string {
  const titles = new Map(getAgreements(routing.defaultLocale).map((agreement) => [agreement.slug, agreement.current.title]));
  return (slug) => titles.get(slug) ?? slug;
}
