import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { agreementMetadata, agreementPath, agreementStaticParams } from '@/components/agreement/agreement-metadata';
import { AgreementReader } from '@/components/agreement/agreement-reader';
import { DocumentSidebar } from '@/components/agreement/document-sidebar';
import { OutlineList } from '@/components/agreement/outline-list';
import { TableOfContents } from '@/components/agreement/table-of-contents';
import { VersionFacts } from '@/components/agreement/version-facts';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { UpcomingNotice } from '@/components/versions/upcoming-notice';
import { Disclosure } from '@/components/ui/disclosure';
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

  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-8 lg:py-8 xl:grid-cols-[14rem_minmax(0,1fr)_15rem] print:block">
      <DocumentSidebar agreements={getAgreements(locale)} currentSlug={slug} />
      <div className="min-w-0">
        <Breadcrumbs
          label={t('breadcrumb')}
          crumbs={[
            { key: 'home', node: <Link href="/" className="hover:text-ink hover:underline">{t('allAgreements')}</Link> },
            { key: 'current', node: <span aria-current="page" lang={version.document.meta.language} className="text-ink">
                {version.document.meta.navTitle}
              </span> },
          ]}
        />
        <nav aria-label={t('onThisPage')} className="my-4 xl:hidden print:hidden">
          <Disclosure summary={t('onThisPage')}>
            <OutlineList items={items} language={version.document.meta.language} />
          </Disclosure>
        </nav>
        <div className="mt-4">
          {current && upcoming && <UpcomingNotice slug={slug} current={current} upcoming={upcoming} />}
          <AgreementReader version={version} mode="normal" pagePath={pagePath} pageUrl={new URL(pagePath, env().siteUrl).toString()} />
        </div>
        <VersionFacts version={version} />
      </div>
      <TableOfContents items={items} title={t('onThisPage')} language={version.document.meta.language} />
    </div>
  );
}
