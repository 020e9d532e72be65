import { diffWords } from 'diff';
import type { AgreementDocument } from '@/lib/content/types';
import { type AlignedBlock, alignBlocks, flattenBlocks } from './align-clauses';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'renumbered';
export const CHANGE_KINDS: readonly ChangeKind[] = ['changed', 'added', 'removed', 'moved', 'renumbered'];

/** A run of words, inserted, deleted or kept. */
export interface WordPart {
  text: string;
  change: 'inserted' | 'deleted' | null;
}

export interface RedlineRow extends AlignedBlock {
  /** What happened to this provision; empty when nothing did. */
  changes: ChangeKind[];
  /** Word-level insertions and deletions, for a provision whose words changed. */
  words: WordPart[] | null;
}

/** A section of the comparison: its heading row (null for the preamble) and the rows under it. */
export interface RedlineSection {
  heading: RedlineRow | null;
  rows: RedlineRow[];
  /** Provisions (the heading included) with at least one change. */
  changeCount: number;
}

export interface Redline {
  sections: RedlineSection[];
  totals: Record<ChangeKind, number>;
}

function changesOf(block: AlignedBlock): ChangeKind[] {
  if (!block.from) return ['added'];
  if (!block.to) return ['removed'];
  return [
    ...(block.textChanged ? (['changed'] as const) : []),
    ...(block.moved ? (['moved'] as const) : []),
    ...(block.renumbered ? (['renumbered'] as const) : []),
  ];
}

/** Word-level differences; Chinese is split into words by Intl.Segmenter, as it has no spaces. */
function wordChanges(from: string, to: string, language: string): WordPart[] {
  const intlSegmenter = language.startsWith('zh') ? new Intl.Segmenter(language, { granularity: 'word' }) : undefined;
  return diffWords(from, to, intlSegmenter ? { intlSegmenter } : {}).map((part) => ({
    text: part.value,
    change: part.added ? 'inserted' : part.removed ? 'deleted' : null,
  }));
}

/** The clause-level redline from one version's text to another's, grouped by section. */
export function compareDocuments(from: AgreementDocument, to: AgreementDocument): Redline {
  const rows: RedlineRow[] = alignBlocks(flattenBlocks(from), flattenBlocks(to)).map((block) => ({
    ...block,
    changes: changesOf(block),
    words: block.from && block.to && block.textChanged ? wordChanges(block.from.text, block.to.text, to.meta.language) : null,
  }));

  const sections: RedlineSection[] = [{ heading: null, rows: [], changeCount: 0 }];
  for (const row of rows) {
    const kind = (row.to ?? row.from)?.kind;
    if (kind === 'section') sections.push({ heading: row, rows: [], changeCount: 0 });
    else sections.at(-1)?.rows.push(row);
  }
  for (const section of sections) {
    section.changeCount = [section.heading, ...section.rows].filter((row) => row && row.changes.length > 0).length;
  }

  const count = (kind: ChangeKind) => rows.filter((row) => row.changes.includes(kind)).length;
  const totals = { changed: count('changed'), added: count('added'), removed: count('removed'), moved: count('moved'), renumbered: count('renumbered') };
  return { sections: sections.filter((section) => section.heading || section.rows.length > 0), totals };
}
