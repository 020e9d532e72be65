import { useTranslations } from 'next-intl';
import { Disclosure } from '@/components/ui/disclosure';
import type { AgreementSummary } from '@/lib/content/agreements';
import type { OutlineItem } from '@/lib/content/outline';
import { DocumentLinks } from './document-sidebar';
import { OUTLINE_MENU_ID } from './outline-ids';
import { OutlineList } from './outline-list';

type Props = { items: OutlineItem[]; language: string; agreements: AgreementSummary[]; currentSlug: string };

/**
 * Below the wide layout, one menu above the text instead of the side columns: "On this page" and, where
 * the document list has no column of its own, the other agreements.
 */
export function ContentsMenu({ items, language, agreements, currentSlug }: Props) {
  const t = useTranslations('AgreementPage');
  const tDocuments = useTranslations('DocumentSidebar');
  return (
    <div id={OUTLINE_MENU_ID} className="my-4 scroll-mt-20 xl:hidden print:hidden">
      <Disclosure summary={t('contents')}>
        <nav aria-label={t('onThisPage')}>
          <OutlineList items={items} language={language} />
        </nav>
        <nav aria-label={tDocuments('label')} className="mt-4 border-t border-line pt-3 lg:hidden">
          <p className="mb-2 px-3 font-semibold text-ink">{tDocuments('title')}</p>
          <DocumentLinks agreements={agreements} currentSlug={currentSlug} />
        </nav>
      </Disclosure>
    </div>
  );
}
