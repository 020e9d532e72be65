import { type Locale, useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { localizedPath } from '@/i18n/navigation';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string; locale?: Locale };

/**
 * A link to a page of the site in the reader's language (or `locale`). A plain `<a>`, not next-intl's
 * client Link: the public pages are served from the proxy cache, a full load is as fast as a client
 * navigation, and it keeps the router and message formatter out of every page's JavaScript.
 */
export function Link({ href, locale, ...props }: Props) {
  const current = useLocale();
  return <a href={localizedPath(href, locale ?? current)} {...props} />;
}
