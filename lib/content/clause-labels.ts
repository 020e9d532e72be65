import type { AgreementDocument, Clause } from './types';

/**
 * Where each block sits, for people: "II." for a section, "II. 2. (1)" or "4.1 (2)" for a clause, "3. ¶1" for the
 * first unnumbered paragraph of section 3. Keyed by anchor. Used for link labels and search results.
 */
export function clauseLabels(document: AgreementDocument): Map<string, string> {
  const labels = new Map<string, string>();
  const visit = (clauses: Clause[], trail: string) => {
    let paragraphs = 0;
    for (const clause of clauses) {
      const own = clause.number ?? `¶${++paragraphs}`;
      // "4.1" under section "4." already names its section: no "4. 4.1".
      const label = trail && !own.startsWith(trail) ? `${trail} ${own}` : own;
      labels.set(clause.anchor, label);
      visit(clause.children, label);
    }
  };
  visit(document.preamble, '');
  for (const section of document.sections) {
    labels.set(section.anchor, section.number);
    visit(section.children, section.number);
  }
  return labels;
}
