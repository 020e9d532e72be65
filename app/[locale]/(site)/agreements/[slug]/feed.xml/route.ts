import { hasLocale } from 'next-intl';
import { agreementStaticParams } from '@/components/agreement/agreement-metadata';
import { routing } from '@/i18n/routing';
import { feedResponse } from '@/lib/feeds/feed-response';
import { versionsFeed } from '@/lib/feeds/versions-feed';

export const dynamicParams = false;

// Route handlers get no parameters from the layouts above: both are listed here.
export const generateStaticParams = () => routing.locales.flatMap((locale) => agreementStaticParams().map((params) => ({ locale, ...params })));

/** One agreement's published versions, as an Atom feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return feedResponse(hasLocale(routing.locales, locale) ? await versionsFeed(locale, slug) : null);
}
