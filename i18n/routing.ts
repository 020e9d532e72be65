import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  // A reader's language choice is remembered for a year (next-intl's default lasts one session).
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
  // Language alternates come from the pages' metadata, on SITE_URL; next-intl's Link header would name
  // whatever host the request claimed.
  alternateLinks: false,
});
