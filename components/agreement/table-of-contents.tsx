import { useTranslations } from 'next-intl';
import type { AgreementDocument } from '@/lib/content/types';

/** "On this page": the sections, and the titled clauses inside them. */
export function TableOfContents({ document }: { document: AgreementDocument }) {
  const t = useTranslations('AgreementPage');
  return (
    <nav aria-labelledby="on-this-page" className="hidden xl:block">
      <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto text-sm">
        <h2 id="on-this-page" className="font-semibold text-slate-900">
          {t('onThisPage')}
        </h2>
        <ol className="mt-3 space-y-2 border-l border-slate-200">
          {document.sections.map((section) => (
            <li key={section.anchor}>
              <a href={`#${section.anchor}`} className="-ml-px block border-l border-transparent pl-3 text-slate-600 hover:border-slate-400 hover:text-slate-900">
                {section.number}
                {section.separator || ' '}
                {section.title}
              </a>
              {section.children.some((clause) => clause.heading) && (
                <ol className="mt-2 space-y-2">
                  {section.children
                    .filter((clause) => clause.heading)
                    .map((clause) => (
                      <li key={clause.anchor}>
                        <a href={`#${clause.anchor}`} className="block pl-6 text-slate-600 hover:text-slate-900">
                          {clause.number} {clause.text}
                        </a>
                      </li>
                    ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}
