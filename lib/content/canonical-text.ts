import { createHash } from 'node:crypto';
import type { AgreementDocument, Clause } from './types';

/**
 * Canonical text form, version 1 — the exact bytes whose SHA-256 identifies a version.
 *
 * - Line 1: the title. Line 2: "Last updated:" followed by the last-updated value as printed.
 * - Then one line per block in reading order: preamble paragraphs, and for each section its heading
 *   ("II. Service fees") followed by its clauses depth-first. A block's line is its number, the
 *   separator printed in the source, then its words ("(1) Opposing ...", "1.Application ...").
 * - Whitespace inside a line is collapsed to single spaces (parser guarantees this); lines are joined
 *   with "\n" and the text ends with one "\n"; encoded as UTF-8 with no BOM.
 *
 * Nothing else (anchors, metadata, Markdown markup) is part of it, so the hash changes exactly when
 * the words a reader is shown change.
 */
export const CANONICAL_FORM = 'accord-canonical-text/1';

export function blockText(block: { number: string | null; separator: string; text: string }): string {
  return block.number === null ? block.text : `${block.number}${block.separator}${block.text}`;
}

function clauseLines(clause: Clause): string[] {
  return [blockText(clause), ...clause.children.flatMap(clauseLines)].filter((line) => line.length > 0);
}

export function canonicalText(document: AgreementDocument): string {
  const lines = [
    document.meta.title,
    `Last updated:${document.meta.lastUpdated}`,
    ...document.preamble.flatMap(clauseLines),
    ...document.sections.flatMap((section) => [
      blockText({ number: section.number, separator: section.separator, text: section.title }),
      ...section.children.flatMap(clauseLines),
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
