import { clauseLabels } from '@/lib/content/clause-labels';
import type { AgreementDocument, Clause } from '@/lib/content/types';

/** One section heading or clause, in reading order, as the comparison sees it. */
export interface Block {
  kind: 'section' | 'clause';
  anchor: string;
  /** Where it sits, for people: "II.", "II. 2. (1)", "3. ¶1". */
  label: string;
  /** The number as printed, or null for an unnumbered paragraph. */
  number: string | null;
  separator: string;
  /** The words after the number (a section's title). */
  text: string;
  heading: boolean;
  /** 0 for sections and preamble paragraphs, 1 and up for clauses inside them. */
  depth: number;
}

/** A pair of blocks that are the same provision in both versions, or one block found in only one of them. */
export interface AlignedBlock {
  from: Block | null;
  to: Block | null;
  /** The words differ (both sides present). */
  textChanged: boolean;
  /** Its place relative to the other provisions changed. */
  moved: boolean;
  /** It stayed in order, but its printed number changed. */
  renumbered: boolean;
}

export function flattenBlocks(document: AgreementDocument): Block[] {
  const labels = clauseLabels(document);
  const clauseBlocks = (clauses: Clause[], depth: number): Block[] =>
    clauses.flatMap((clause) => [
      { kind: 'clause' as const, anchor: clause.anchor, label: labels.get(clause.anchor) ?? '', number: clause.number, separator: clause.separator, text: clause.text, heading: clause.heading, depth },
      ...clauseBlocks(clause.children, depth + 1),
    ]);
  return [
    ...clauseBlocks(document.preamble, 0),
    ...document.sections.flatMap((section) => [
      { kind: 'section' as const, anchor: section.anchor, label: section.number, number: section.number, separator: section.separator, text: section.title, heading: true, depth: 0 },
      ...clauseBlocks(section.children, 1),
    ]),
  ];
}

/** Words for similarity: letter and digit runs, lower-cased; each Han character counts as a word. */
function words(text: string): string[] {
  return text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice coefficient of the two texts' word multisets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Same anchor: the same provision unless its words were replaced wholesale. */
const SAME_ANCHOR_SIMILARITY = 0.35;
/** Different anchor: the same provision, moved or renumbered, only when most words are shared. */
const ELSEWHERE_SIMILARITY = 0.6;

/** Indexes into `sequence` of one longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(sequence: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(sequence.length).fill(-1);
  sequence.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sequence[tails[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index] ?? -1) kept.add(index);
  return kept;
}

/**
 * Pairs the provisions of two versions. Identical words pair first (preferring the same anchor), then
 * the same anchor with similar words (edited in place), then similar words anywhere (moved and
 * edited). Pairs out of order relative to the longest in-order run are "moved"; the rest keep their
 * place. Unpaired blocks were removed (from) or added (to). Returns `to` order, with each removed
 * block placed after the provision it used to follow.
 */
export function alignBlocks(from: Block[], to: Block[]): AlignedBlock[] {
  const pairOfTo = new Map<number, number>();
  const pairedFrom = new Set<number>();
  const pair = (fromIndex: number, toIndex: number) => {
    pairOfTo.set(toIndex, fromIndex);
    pairedFrom.add(fromIndex);
  };
  const candidates = (toBlock: Block) => from.flatMap((block, index) => (!pairedFrom.has(index) && block.kind === toBlock.kind ? [index] : []));

  to.forEach((toBlock, toIndex) => {
    const same = candidates(toBlock).filter((index) => from[index]?.text === toBlock.text);
    const chosen = same.find((index) => from[index]?.anchor === toBlock.anchor) ?? same[0];
    if (chosen !== undefined) pair(chosen, toIndex);
  });
  to.forEach((toBlock, toIndex) => {
    if (pairOfTo.has(toIndex)) return;
    const sameAnchor = candidates(toBlock).find((index) => from[index]?.anchor === toBlock.anchor);
    if (sameAnchor !== undefined && similarity(from[sameAnchor]?.text ?? '', toBlock.text) >= SAME_ANCHOR_SIMILARITY) pair(sameAnchor, toIndex);
  });
  const similar = to
    .flatMap((toBlock, toIndex) =>
      pairOfTo.has(toIndex) ? [] : candidates(toBlock).map((fromIndex) => ({ fromIndex, toIndex, score: similarity(from[fromIndex]?.text ?? '', toBlock.text) })),
    )
    .filter((candidate) => candidate.score >= ELSEWHERE_SIMILARITY)
    .sort((a, b) => b.score - a.score);
  for (const { fromIndex, toIndex } of similar) {
    if (!pairOfTo.has(toIndex) && !pairedFrom.has(fromIndex)) pair(fromIndex, toIndex);
  }

  const pairedTo = [...pairOfTo.keys()].sort((a, b) => a - b);
  const inOrder = longestIncreasing(pairedTo.map((toIndex) => pairOfTo.get(toIndex) ?? -1));
  const inOrderFrom = new Set(pairedTo.filter((_, position) => inOrder.has(position)).map((toIndex) => pairOfTo.get(toIndex) ?? -1));

  // Removed blocks go after the last in-order provision before them in `from` (-1: at the start).
  const removedAfter = new Map<number, Block[]>();
  let lastInOrder = -1;
  from.forEach((block, index) => {
    if (inOrderFrom.has(index)) lastInOrder = index;
    else if (!pairedFrom.has(index)) removedAfter.set(lastInOrder, [...(removedAfter.get(lastInOrder) ?? []), block]);
  });
  const removed = (after: number): AlignedBlock[] =>
    (removedAfter.get(after) ?? []).map((block) => ({ from: block, to: null, textChanged: false, moved: false, renumbered: false }));

  return [
    ...removed(-1),
    ...to.flatMap((toBlock, toIndex): AlignedBlock[] => {
      const fromIndex = pairOfTo.get(toIndex);
      const fromBlock = fromIndex === undefined ? undefined : from[fromIndex];
      if (fromIndex === undefined || !fromBlock) return [{ from: null, to: toBlock, textChanged: false, moved: false, renumbered: false }];
      const moved = !inOrderFrom.has(fromIndex);
      return [
        { from: fromBlock, to: toBlock, textChanged: fromBlock.text !== toBlock.text, moved, renumbered: !moved && fromBlock.number !== toBlock.number },
        ...(moved ? [] : removed(fromIndex)),
      ];
    }),
  ];
}
