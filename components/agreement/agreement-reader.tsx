import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { AgreementVersion } from '@/lib/content/types';
import type { ReadingMode } from '@/lib/reader/reading-mode';
import { AgreementArticle } from './agreement-article';
import { ClauseLinkCopier } from './clause-link-copier';
import { LanguageNotice } from './language-notice';
import { PrintFooter } from './print-footer';
import { READER_ID, ReaderToolbar } from './reader-toolbar';
import { SearchHighlighter } from './search-highlighter';

type Props = { version: AgreementVersion; mode: ReadingMode; pagePath: string; pageUrl: string; summary?: ReactNode };

/** The part of an agreement page both modes share: controls, text, print footer. It is what goes full screen. `summary` comes just above the title. */
export function AgreementReader({ version, mode, pagePath, pageUrl, summary }: Props) {
  const t = useTranslations('AgreementPage');
  return (
    <div id={READER_ID}>
      <ReaderToolbar mode={mode} pagePath={pagePath} />
      <LanguageNotice textLanguage={version.document.meta.language} />
      {summary}
      <AgreementArticle document={version.document} />
      <PrintFooter meta={version.document.meta} sha256={version.sha256} url={pageUrl} />
      <ClauseLinkCopier copiedLabel={t('linkCopied')} failedLabel={t('linkCopyFailed')} />
      <SearchHighlighter />
    </div>
  );
}
