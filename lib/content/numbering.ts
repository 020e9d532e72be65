/**
 * Recognises the numbering schemes used by the agreements and says how they nest.
 *
 *   roman    "I."      KMCT sections
 *   decimal  "1."      KMCT clauses, Product Terms sections ("1.Application" has no space)
 *   dotted   "4.1"     Product Terms clauses
 *   paren    "(1)"     sub-clauses
 *   letter   "a."      items
 *   closing  "1)"      Product Terms items
 */
export type NumberStyle = 'roman' | 'decimal' | 'dotted' | 'paren' | 'letter' | 'closing';

export interface ClauseNumber {
  style: NumberStyle;
  /** As printed, e.g. "(1)". */
  printed: string;
  /** Position within its sequence, 1-based. */
  ordinal: number;
  /** The part that identifies it among its siblings, used in anchors: "ii", "1", "a". */
  token: string;
  /** Whitespace between the number and the words. */
  separator: string;
  /** The words after the number. */
  rest: string;
}

interface Pattern {
  style: NumberStyle;
  regex: RegExp;
  ordinal: (captured: string) => number;
  token: (captured: string) => string;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman.charAt(i)] ?? 0;
    const next = ROMAN[roman.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const lastPart = (dotted: string) => dotted.split('.').at(-1) ?? dotted;

// Order matters: "4.1" must be tried before "4.", and "I." before "a." cannot clash (case differs).
const PATTERNS: Pattern[] = [
  { style: 'roman', regex: /^([IVXLC]+)\.(\s*)(?=\S)/, ordinal: romanValue, token: (c) => c.toLowerCase() },
  { style: 'dotted', regex: /^(\d+(?:\.\d+)+)(?![.\d])(\s*)(?=\S)/, ordinal: (c) => Number(lastPart(c)), token: lastPart },
  { style: 'decimal', regex: /^(\d+)\.(?!\d)(\s*)(?=\S)/, ordinal: Number, token: (c) => c },
  { style: 'paren', regex: /^\((\d+)\)(\s*)(?=\S)/, ordinal: Number, token: (c) => c },
  { style: 'letter', regex: /^([a-z])\.(?![a-z]\.)(\s*)(?=\S)/, ordinal: (c) => c.charCodeAt(0) - 96, token: (c) => c },
  { style: 'closing', regex: /^(\d+)\)(\s*)(?=\S)/, ordinal: Number, token: (c) => c },
];

/** The number a paragraph starts with, if it starts with one. */
export function matchNumber(text: string): ClauseNumber | null {
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(text);
    if (!match) continue;
    const captured = match[1] ?? '';
    const separator = match[2] ?? '';
    const printed = match[0].slice(0, match[0].length - separator.length);
    return {
      style: pattern.style,
      printed,
      ordinal: pattern.ordinal(captured),
      token: pattern.token(captured),
      separator,
      rest: text.slice(match[0].length),
    };
  }
  return null;
}

/** The printed form of the first number of a style, as it would appear inline: "(1)", "a.", "1)". */
const INLINE_FIRST: Partial<Record<NumberStyle, RegExp>> = {
  paren: /\s\(1\)\s/,
  closing: /\s1\)(?=\S)/,
  letter: /\sa\.\s/,
};

/**
 * Where a list that continues in the next paragraphs actually began inside this one,
 * e.g. "Pricing system and billing rules of the Service (1) The pricing system ...".
 * Returns the text before the inline number and the number itself, or null.
 */
export function splitInlineFirst(text: string, style: NumberStyle): { lead: string; first: ClauseNumber } | null {
  const regex = INLINE_FIRST[style];
  const match = regex?.exec(text);
  if (!match) return null;
  const lead = text.slice(0, match.index);
  const first = matchNumber(text.slice(match.index).trimStart());
  return first && first.style === style && first.ordinal === 1 ? { lead, first } : null;
}
