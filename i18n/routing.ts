import { defineRouting } from 'next-intl/routing';

/** A reader's language choice is remembered for a year (next-intl's default lasts one session). */
export const LOCALE_COOKIE = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 } as const;

export const routing = defineRouting({
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  localeCookie: LOCALE_COOKIE,
  // Language alternates come from the pages' metadata, on SITE_URL; next-intl's Link header would name
  // whatever host the request claimed.
  alternateLinks: false,
});
