import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLinks } from '@/components/layout/skip-links';
import { routing } from '@/i18n/routing';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** Normal mode: the site's chrome around every page. Pure-mode pages live outside this group. */
export default async function SiteLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Layouts render in parallel with pages; each must set the locale to stay statically rendered.
  setRequestLocale(locale);
  const t = await getTranslations('SiteHeader');
  return (
    <>
      <SkipLinks content={t('skipToContent')} outline={t('skipToOutline')} />
      <SiteHeader />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
