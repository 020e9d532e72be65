import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { agreementStaticParams } from '@/components/agreement/agreement-metadata';
import { VersionBreadcrumbs } from '@/components/versions/version-breadcrumbs';
import { VersionHistoryList } from '@/components/versions/version-history-list';
import { getCurrentVersion, getVersionHistory } from '@/lib/content/agreements';
import { ATOM_TYPE, feedPath } from '@/lib/feeds/versions-feed';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = agreementStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: 'Versions' });
  const feed = await getTranslations({ locale, namespace: 'Feed' });
  const current = getCurrentVersion(slug, locale);
  if (!current) return {};
  const { title } = current.document.meta;
  return { title: `${t('historyTitle')} · ${title}`, alternates: { types: { [ATOM_TYPE]: [{ url: feedPath(locale, slug), title: feed('agreementTitle', { title }) }] } } };
}

export default async function VersionHistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const current = getCurrentVersion(slug, locale);
  if (!current) notFound();
  const t = await getTranslations('Versions');
  const feed = await getTranslations('Feed');
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 lg:py-8">
      <VersionBreadcrumbs slug={slug} meta={current.document.meta} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight text-ink sm:text-3xl">{t('historyTitle')}</h1>
      <p className="mt-2 text-lg text-ink-soft" lang={current.document.meta.language}>
        {current.document.meta.title}
      </p>
      <p className="mt-4 max-w-3xl text-ink-soft">{t('historyIntro')}</p>
      <p className="mt-3 text-sm">
        <a href={feedPath(locale, slug)} type={ATOM_TYPE} className="font-medium text-accent underline underline-offset-4">
          {feed('subscribe')}
        </a>
      </p>
      <VersionHistoryList slug={slug} history={getVersionHistory(slug)} />
    </div>
  );
}
