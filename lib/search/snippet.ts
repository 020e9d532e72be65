import { normalizeTerm, words } from './tokenize';
import type { SnippetPart } from './types';

const CONTEXT_BEFORE = 60;
const SNIPPET_LENGTH = 220;

/** Spans of the words in `text` whose index form is one of `matchedTerms`. */
function hitSpans(text: string, matchedTerms: ReadonlySet<string>): { start: number; end: number }[] {
  return words(text)
    .filter((word) => {
      const term = normalizeTerm(word.text);
      return term !== null && matchedTerms.has(term);
    })
    .map((word) => ({ start: word.start, end: word.start + word.text.length }));
}

/**
 * A window of the clause around its first hit, split into plain and highlighted parts (rendered as
 * text and <mark>, never as HTML), plus the matched words as written.
 */
export function buildSnippet(text: string, matchedTerms: ReadonlySet<string>): { snippet: SnippetPart[]; matchedWords: string[] } {
  const spans = hitSpans(text, matchedTerms);
  const first = spans[0]?.start ?? 0;
  let from = Math.max(0, first - CONTEXT_BEFORE);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  // End between words, not inside one ("You shoul …"); text without spaces (Chinese) ends where it must.
  if (to < text.length && !/\s/.test(text.charAt(to))) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + SNIPPET_LENGTH / 2) to = space;
  }
  const parts: SnippetPart[] = [];
  let cursor = from;
  for (const span of spans) {
    if (span.start < cursor || span.end > to) continue;
    if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), hit: false });
    parts.push({ text: text.slice(span.start, span.end), hit: true });
    cursor = span.end;
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), hit: false });
  if (from > 0) parts.unshift({ text: '… ', hit: false });
  if (to < text.length) parts.push({ text: ' …', hit: false });
  const matchedWords = [...new Set(spans.map((span) => text.slice(span.start, span.end)))];
  return { snippet: parts, matchedWords };
}
