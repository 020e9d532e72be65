import { stemmer } from 'stemmer';

/**
 * Word segmentation for every language the agreements may be written in. Runs of letters and digits
 * are words; Chinese (Han) runs have no spaces between words, so Intl.Segmenter's dictionary splits
 * them. The segmenter is only given Han runs because it is several times slower than the pattern.
 * The same function runs on the server and in the browser.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const RUN = /\p{Script=Han}+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const HAN = /^\p{Script=Han}/u;

export interface Word {
  text: string;
  start: number;
}

export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const run of text.matchAll(RUN)) {
    if (!HAN.test(run[0])) {
      found.push({ text: run[0], start: run.index });
      continue;
    }
    for (const segment of segmenter.segment(run[0])) {
      if (segment.isWordLike) found.push({ text: segment.segment, start: run.index + segment.index });
    }
  }
  return found;
}

export function tokenize(text: string): string[] {
  return words(text).map((word) => word.text);
}

const LATIN_WORD = /^[a-z]+$/;

/** The index form of a word: lower case, and for English words their stem ("charges" → "charg"). */
export function normalizeTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (lower.length === 0) return null;
  return LATIN_WORD.test(lower) ? stemmer(lower) : lower;
}
