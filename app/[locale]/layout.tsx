import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ErrorStringsProvider } from '@/components/layout/error-strings';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import { nonceOf } from '@/lib/security/content-security-policy';
import { SIGNED_IN_SCRIPT } from '@/lib/auth/signed-in-cookie';
import { REMEMBER_LOCALE_SCRIPT } from '@/lib/locale/remember-locale-script';
import { THEME_SCRIPT } from '@/lib/theme/theme-script';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(env().siteUrl),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('siteDescription'),
    icons: { icon: '/favicon.svg' },
    openGraph: { siteName: t('siteName'), type: 'website', locale },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const nonce = nonceOf((await headers()).get('content-security-policy'));
  const t = await getTranslations('Error');

  return (
    // data-theme and data-signed-in are set by the head script before React hydrates, so the attributes are expected to differ.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: `${THEME_SCRIPT};${REMEMBER_LOCALE_SCRIPT};${SIGNED_IN_SCRIPT}` }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <ErrorStringsProvider strings={{ title: t('title'), description: t('description'), retry: t('retry') }}>{children}</ErrorStringsProvider>
      </body>
    </html>
  );
}
