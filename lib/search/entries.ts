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
  // Under a titled clause ("4.5 Kingsoft Cloud CDN"), a clause is labelled within it ("5)", not "4.5 5)"):
  // the result shows the titled clause as part of where the clause is.
  type Place = { sectionLabel: string; headingLabel: string; headingTrail: string };
  const visit = (clauses: Clause[], place: Place) => {
    for (const clause of clauses) {
      const label = labels.get(clause.anchor) ?? '';
      entries.push({
        ...base,
        id: `${slug}/${document.meta.language}#${clause.anchor}`,
        sectionLabel: place.sectionLabel,
        clauseLabel: place.headingTrail && label.startsWith(`${place.headingTrail} `) ? label.slice(place.headingTrail.length + 1) : label,
        headingLabel: place.headingLabel,
        anchor: clause.anchor,
        text: blockText(clause),
      });
      visit(clause.children, clause.heading ? { ...place, headingLabel: blockText(clause), headingTrail: label } : place);
    }
  };
  visit(document.preamble, { sectionLabel: '', headingLabel: '', headingTrail: '' });
  for (const section of document.sections) {
    visit(section.children, { sectionLabel: blockText({ number: section.number, separator: section.separator || ' ', text: section.title }), headingLabel: '', headingTrail: '' });
  }
  return entries;
}
