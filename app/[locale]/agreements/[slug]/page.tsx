import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { AgreementArticle } from '@/components/agreement/agreement-article';
import { DocumentSidebar } from '@/components/agreement/document-sidebar';
import { TableOfContents } from '@/components/agreement/table-of-contents';
import { VersionFacts } from '@/components/agreement/version-facts';
import { getAgreements, getAgreementSlugs, getCurrentVersion } from '@/lib/content/agreements';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAgreementSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const version = getCurrentVersion(slug);
  if (!version) return {};
  return {
    title: version.document.meta.title,
    description: version.document.meta.description,
    alternates: { canonical: `/${locale}/agreements/${slug}` },
  };
}

export default async function AgreementPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const version = getCurrentVersion(slug);
  if (!version) notFound();

  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 py-8 sm:px-6 lg:grid-cols-[14rem_minmax(0,1fr)] xl:grid-cols-[14rem_minmax(0,1fr)_15rem]">
      <DocumentSidebar agreements={getAgreements()} currentSlug={slug} />
      <div className="min-w-0">
        <AgreementArticle document={version.document} />
        <VersionFacts meta={version.document.meta} sha256={version.sha256} />
      </div>
      <TableOfContents document={version.document} />
    </div>
  );
}
