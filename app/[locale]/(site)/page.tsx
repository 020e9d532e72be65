import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AgreementList } from '@/components/agreement/agreement-list';
import { Link } from '@/components/ui/link';
import { routing } from '@/i18n/routing';
import { getAgreements } from '@/lib/content/agreements';
import { ATOM_TYPE, feedPath } from '@/lib/feeds/versions-feed';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const feed = await getTranslations({ locale, namespace: 'Feed' });
  return {
    title: t('title'),
    alternates: {
      canonical: `/${locale}`,
      languages: Object.fromEntries(routing.locales.map((other) => [other, `/${other}`])),
      types: { [ATOM_TYPE]: [{ url: feedPath(locale), title: feed('allTitle') }] },
    },
  };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('HomePage');
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">{t('intro')}</p>
      <AgreementList agreements={getAgreements(locale)} />
      <section aria-labelledby="accept-heading" className="mt-12 rounded-xl bg-panel p-6">
        <h2 id="accept-heading" className="text-lg font-semibold text-ink">
          {t('acceptTitle')}
        </h2>
        <p className="mt-2 max-w-2xl text-ink-soft">{t('acceptIntro')}</p>
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/signup" className="rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong">
            {t('createAccount')}
          </Link>
          <Link href="/verify" className="rounded-lg border border-line px-4 py-2 font-medium text-ink-soft hover:bg-canvas hover:text-ink">
            {t('verifyReceipt')}
          </Link>
        </p>
      </section>
    </div>
  );
}
