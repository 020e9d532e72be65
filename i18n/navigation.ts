import type { Locale } from 'next-intl';

/**
 * The path of `href` (a page of the site, without locale) in `locale`. Every path starts with its
 * locale (next-intl's default `localePrefix: 'always'`, no localized pathnames). next-intl's
 * createNavigation would do the same, but importing it puts its client Link, and with it the message
 * formatter, into every page's JavaScript.
 */
export function localizedPath(href: string, locale: Locale): string {
  return `/${locale}${href === '/' ? '' : href}`;
}
