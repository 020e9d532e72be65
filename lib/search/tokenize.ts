import { stemmer } from 'stemmer';

/**
 * Word segmentation for every language the agreements may be written in: Intl.Segmenter finds word
 * boundaries in Latin text and, with its dictionary, in Chinese, where words are not separated by
 * spaces. The same function runs on the server and in the browser.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export interface Word {
  text: string;
  start: number;
}

export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) found.push({ text: segment.segment, start: segment.index });
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
