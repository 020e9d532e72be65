import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  // A reader's language choice is remembered for a year (next-intl's default lasts one session).
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});
