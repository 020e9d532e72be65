import { useTranslations } from 'next-intl';
import type { AgreementDocument } from '@/lib/content/types';
import { ClauseBlock } from './clause-block';

/**
 * The agreement text, exactly as published. Elements marked `data-text-block` hold one line of the
 * canonical text each (number, separator and words), which the fidelity test reads back.
 */
export function AgreementArticle({ document }: { document: AgreementDocument }) {
  const t = useTranslations('AgreementPage');
  const { meta } = document;
  return (
    <article aria-labelledby="agreement-title" lang={meta.language} className="max-w-3xl">
      <header className="border-b border-slate-200 pb-6">
        <h1 id="agreement-title" data-text-block className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
          {meta.title}
        </h1>
        <p data-text-block className="mt-3 text-sm text-slate-600">
          {t('lastUpdated')}
          <time dateTime={meta.lastUpdated.replace(' ', 'T')}>{meta.lastUpdated}</time>
        </p>
      </header>
      <div className="mt-6 space-y-4 text-base leading-7 text-slate-800">
        {document.preamble.map((clause) => (
          <ClauseBlock key={clause.anchor} clause={clause} />
        ))}
        {document.sections.map((section) => (
          <section key={section.anchor} aria-labelledby={section.anchor} className="pt-4">
            <h2 id={section.anchor} data-text-block className="group scroll-mt-24 text-xl font-semibold text-slate-900">
              <a href={`#${section.anchor}`} className="hover:underline">
                {section.number}
              </a>
              {section.separator}
              <span className={section.separator ? undefined : 'ml-1'}>{section.title}</span>
            </h2>
            <div className="mt-3 space-y-3">
              {section.children.map((clause) => (
                <ClauseBlock key={clause.anchor} clause={clause} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </article>
  );
}
