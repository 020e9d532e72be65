import { routing } from '@/i18n/routing';

const LOCALES = routing.locales.join('|');
/** A path on this site: a locale, then plain path characters and an optional simple query. */
const SITE_PATH = new RegExp(`^/(${LOCALES})(/[A-Za-z0-9._~\\-/]*)?(\\?[A-Za-z0-9=&._~%\\-]*)?$`);

/**
 * Where to send the user after an interstitial. Only a path on this site, in a locale, is accepted
 * (never "//evil.example" or "https://..."): anything else goes to the account page.
 */
export function safeReturnPath(value: unknown, locale: string): string {
  if (typeof value === 'string' && value.length <= 512 && !value.includes('//') && SITE_PATH.test(value)) return value;
  return `/${locale}/account`;
}

/** The sign-in page, returning to `returnPath` (a path on this site) once signed in. */
export const signInPath = (locale: string, returnPath: string) => `/${locale}/signin?${new URLSearchParams({ next: returnPath }).toString()}`;
