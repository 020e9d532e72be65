import { useTranslations } from 'next-intl';
import { clauseLabels } from '@/lib/content/clause-labels';
import type { AgreementDocument } from '@/lib/content/types';
import { ClauseList } from './clause-block';
import { CopyLinkControl } from './copy-link-control';

/**
 * The agreement text, exactly as published. Each heading and paragraph inside the article holds one line
 * of the canonical text (number, separator and words), which the fidelity test reads back.
 */
export function AgreementArticle({ document }: { document: AgreementDocument }) {
  const t = useTranslations('AgreementPage');
  const { meta } = document;
  const labels = clauseLabels(document);
  return (
    <article aria-labelledby="agreement-title" lang={meta.language} className="max-w-3xl">
      <header className="border-b border-line pb-6">
        <h1 id="agreement-title" className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">
          {meta.title}
        </h1>
        <p className="mt-3 text-sm text-muted">
          {t('lastUpdated')}
          <time dateTime={meta.lastUpdated.replace(' ', 'T')}>{meta.lastUpdated}</time>
        </p>
      </header>
      <div className="mt-6 space-y-4 text-base leading-7 text-ink-soft">
        <ClauseList clauses={document.preamble} labels={labels} />
        {document.sections.map((section, index) => (
          <section key={index} aria-labelledby={section.anchor} className="pt-4">
            <div className="section-line">
              <h2 id={section.anchor} className="scroll-mt-24 text-xl font-semibold text-ink">
                {section.number}
                {section.separator || <span className="ml-1" />}
                {section.title}
              </h2>
              <CopyLinkControl anchor={section.anchor} label={t('copyLink', { clause: section.number })} />
            </div>
            <div className="mt-3 space-y-3">
              <ClauseList clauses={section.children} labels={labels} />
            </div>
          </section>
        ))}
      </div>
    </article>
  );
}
