import { tokenize } from './tokenize';

export const MAX_QUERY_LENGTH = 200;

export interface ParsedQuery {
  text: string;
  truncated: boolean;
  /** Every word of the query, phrase words included. */
  words: string[];
  /** Quoted phrases, lower-cased, whitespace collapsed. */
  phrases: string[];
}

/** Cuts an over-long query, and separates "quoted phrases" from the loose words. */
export function parseQuery(raw: string): ParsedQuery {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  const truncated = collapsed.length > MAX_QUERY_LENGTH;
  const text = truncated ? collapsed.slice(0, MAX_QUERY_LENGTH) : collapsed;
  const phrases = [...text.matchAll(/"([^"]+)"/g)]
    .map((match) => (match[1] ?? '').toLowerCase().trim())
    .filter((phrase) => tokenize(phrase).length > 1);
  return { text, truncated, words: tokenize(text), phrases };
}
