import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { agreementMetadata, agreementPath, agreementStaticParams } from '@/components/agreement/agreement-metadata';
import { AgreementReader } from '@/components/agreement/agreement-reader';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLinks } from '@/components/layout/skip-links';
import { getCurrentVersion } from '@/lib/content/agreements';
import { env } from '@/lib/env';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Pure mode: the text with only the header (home, search, language, account) around it. proxy.ts serves this page at the agreement's own URL when the reader
// chose pure mode; its canonical URL is the normal one.
export const dynamicParams = false;

export const generateStaticParams = agreementStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return { ...agreementMetadata(locale, slug), robots: { index: false } };
}

export default async function PureAgreementPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const version = getCurrentVersion(slug, locale);
  if (!version) notFound();
  const pagePath = agreementPath(locale, slug);
  const t = await getTranslations('SiteHeader');
  return (
    <>
      <SkipLinks content={t('skipToContent')} outline={t('skipToOutline')} />
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 sm:px-6 sm:py-10">
        <AgreementReader version={version} mode="pure" pagePath={pagePath} pageUrl={new URL(pagePath, env().siteUrl).toString()} />
      </main>
    </>
  );
}
