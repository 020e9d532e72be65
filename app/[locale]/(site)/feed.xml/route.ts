import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { feedResponse } from '@/lib/feeds/feed-response';
import { versionsFeed } from '@/lib/feeds/versions-feed';

export const dynamicParams = false;

export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));

/** Every agreement's published versions, as an Atom feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return feedResponse(hasLocale(routing.locales, locale) ? await versionsFeed(locale) : null);
}
