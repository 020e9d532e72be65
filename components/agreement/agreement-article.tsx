import { useTranslations } from 'next-intl';
import { clauseLabels } from '@/lib/content/clause-labels';
import type { AgreementDocument } from '@/lib/content/types';
import { ClauseList } from './clause-block';
import { CopyLinkControl } from './copy-link-control';

/**
 * The agreement text, exactly as published. Elements marked `data-text-block` hold one line of the
 * canonical text each (number, separator and words), which the fidelity test reads back.
 */
export function AgreementArticle({ document }: { document: AgreementDocument }) {
  const t = useTranslations('AgreementPage');
  const { meta } = document;
  const labels = clauseLabels(document);
  return (
    <article aria-labelledby="agreement-title" lang={meta.language} className="max-w-3xl">
      <header className="border-b border-line pb-6">
        <h1 id="agreement-title" data-text-block className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">
          {meta.title}
        </h1>
        <p data-text-block className="mt-3 text-sm text-muted">
          {t('lastUpdated')}
          <time dateTime={meta.lastUpdated.replace(' ', 'T')}>{meta.lastUpdated}</time>
        </p>
      </header>
      <div className="mt-6 space-y-4 text-base leading-7 text-ink-soft">
        <ClauseList clauses={document.preamble} labels={labels} />
        {document.sections.map((section) => (
          <section key={section.anchor} aria-labelledby={section.anchor} className="pt-4">
            <div className="clause-line items-center">
              <h2 id={section.anchor} data-text-block className="scroll-mt-24 text-xl font-semibold text-ink">
                <a href={`#${section.anchor}`} className="hover:underline">
                  {section.number}
                </a>
                {section.separator}
                <span className={section.separator ? undefined : 'ml-1'}>{section.title}</span>
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
