import type { AgreementDocument } from './types';

export interface OutlineItem {
  anchor: string;
  label: string;
  /** 0 for a section, 1 for a titled clause inside it. */
  depth: 0 | 1;
}

/** The entries of "On this page": every section, and the titled clauses ("4.1 Kingsoft Cloud ...") in them. */
export function outline(document: AgreementDocument): OutlineItem[] {
  return document.sections.flatMap((section) => [
    { anchor: section.anchor, label: `${section.number}${section.separator || ' '}${section.title}`, depth: 0 as const },
    ...section.children
      .filter((clause) => clause.heading)
      .map((clause) => ({ anchor: clause.anchor, label: `${clause.number ?? ''} ${clause.text}`.trim(), depth: 1 as const })),
  ]);
}
