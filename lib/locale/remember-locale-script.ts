import { LOCALE_COOKIE } from '@/i18n/routing';

/**
 * Runs in <head> of every page: remembers the language of the page being read in next-intl's locale
 * cookie, as next-intl's middleware does, for pages whose response may not set a cookie (those the
 * caching proxy shares between readers). Inline, so it carries the page's nonce.
 */
export const REMEMBER_LOCALE_SCRIPT = `try{var l=document.documentElement.lang,m=document.cookie.match(/(?:^|; )${LOCALE_COOKIE.name}=([^;]*)/);if(!m||m[1]!==l)document.cookie='${LOCALE_COOKIE.name}='+l+';path=/;max-age=${LOCALE_COOKIE.maxAge};samesite=lax'}catch(e){}`;
