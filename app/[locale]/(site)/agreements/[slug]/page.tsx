import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { agreementMetadata, agreementPath, agreementStaticParams } from '@/components/agreement/agreement-metadata';
import { AgreementReader } from '@/components/agreement/agreement-reader';
import { BackToTop } from '@/components/agreement/back-to-top';
import { ContentsMenu } from '@/components/agreement/contents-menu';
import { DocumentSidebar } from '@/components/agreement/document-sidebar';
import { TableOfContents } from '@/components/agreement/table-of-contents';
import { VersionFacts } from '@/components/agreement/version-facts';
import { VersionSummary } from '@/components/agreement/version-summary';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { UpcomingNotice } from '@/components/versions/upcoming-notice';
import { Link } from '@/components/ui/link';
import { getAgreements, getCurrentVersion, getVersionHistory } from '@/lib/content/agreements';
import { outline } from '@/lib/content/outline';
import { env } from '@/lib/env';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = agreementStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return agreementMetadata(locale, slug);
}

export default async function AgreementPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const version = getCurrentVersion(slug, locale);
  if (!version) notFound();
  const t = await getTranslations('AgreementPage');
  const items = outline(version.document);
  const history = getVersionHistory(slug);
  const current = history.find((entry) => entry.status === 'current');
  const upcoming = history.find((entry) => entry.status === 'upcoming');
  const pagePath = agreementPath(locale, slug);

  const agreements = getAgreements(locale);
  const language = version.document.meta.language;

  // The text's column comes first in the source, so the skip link and a screen reader reach it before
  // the side columns; the grid puts the columns where the eye expects them.
  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-8 lg:py-8 xl:grid-cols-[14rem_minmax(0,1fr)_15rem] print:block">
      <div className="min-w-0 lg:col-start-2 lg:row-start-1">
        <Breadcrumbs
          label={t('breadcrumb')}
          crumbs={[
            { key: 'home', node: <Link href="/" className="hover:text-ink hover:underline">{t('allAgreements')}</Link> },
            { key: 'current', node: <span aria-current="page" lang={language} className="text-ink">
                {version.document.meta.navTitle}
              </span> },
          ]}
        />
        <ContentsMenu items={items} language={language} agreements={agreements} currentSlug={slug} />
        <div className="mt-4">
          {current && upcoming && <UpcomingNotice slug={slug} current={current} upcoming={upcoming} />}
          <AgreementReader
            version={version}
            mode="normal"
            pagePath={pagePath}
            pageUrl={new URL(pagePath, env().siteUrl).toString()}
            summary={<VersionSummary version={version} />}
          />
        </div>
        <VersionFacts version={version} />
      </div>
      <TableOfContents items={items} title={t('onThisPage')} language={language} />
      <DocumentSidebar agreements={agreements} currentSlug={slug} />
      <BackToTop label={t('backToTop')} targetId="main" />
    </div>
  );
}
