import { clauseLabels } from '@/lib/content/clause-labels';
import { blockText } from '@/lib/content/canonical-text';
import type { AgreementVersion, Clause } from '@/lib/content/types';
import type { SearchEntry } from './types';

/** One search entry per clause of a text (titled clauses and unnumbered paragraphs included). */
export function searchEntries(version: AgreementVersion): SearchEntry[] {
  const { document, slug } = version;
  const labels = clauseLabels(document);
  const base = { slug, agreementTitle: document.meta.title, version: document.meta.version, language: document.meta.language };
  const entries: SearchEntry[] = [];
  const visit = (clauses: Clause[], sectionLabel: string) => {
    for (const clause of clauses) {
      entries.push({
        ...base,
        id: `${slug}/${document.meta.language}#${clause.anchor}`,
        sectionLabel,
        clauseLabel: labels.get(clause.anchor) ?? '',
        anchor: clause.anchor,
        text: blockText(clause),
      });
      visit(clause.children, sectionLabel);
    }
  };
  visit(document.preamble, '');
  for (const section of document.sections) {
    visit(section.children, blockText({ number: section.number, separator: section.separator || ' ', text: section.title }));
  }
  return entries;
}
