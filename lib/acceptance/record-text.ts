import { z } from 'zod';

/**
 * What any text must be before it enters a hashed record (or a pseudonym of one): well-formed Unicode
 * (a lone surrogate has no UTF-8 form: PostgreSQL stores U+FFFD instead, and the record would no longer
 * match its hash) and free of control characters (NUL cannot be stored in a PostgreSQL text at all).
 * Texts are stored exactly as sent; nothing is normalised, so an identifier round-trips unchanged.
 */
const LONE_SURROGATE = /\p{Cs}/u;
/** C0 controls (NUL, tab, line breaks …), DEL and C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
/** The same, but tab and line breaks allowed: for multi-line texts such as a checkbox's words and its button's. */
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

export type RecordTextProblem = 'lone-surrogate' | 'control-character';

export function recordTextProblem(value: string, { multiline = false } = {}): RecordTextProblem | null {
  if (LONE_SURROGATE.test(value)) return 'lone-surrogate';
  if ((multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value)) return 'control-character';
  return null;
}

const MESSAGES: Record<RecordTextProblem, string> = {
  'lone-surrogate': 'must be well-formed Unicode (it contains a lone surrogate, which has no UTF-8 form)',
  'control-character': 'must not contain control characters (NUL, line breaks and the like)',
};

/** A zod refinement that refuses a text which may not enter a hashed record, saying why. */
export function wellFormedText(options: { multiline?: boolean } = {}) {
  return (value: string, context: z.RefinementCtx) => {
    const problem = recordTextProblem(value, options);
    if (problem) context.addIssue({ code: 'custom', message: MESSAGES[problem] });
  };
}

/** A zod string of `min` to `max` characters that may enter a hashed record. */
export function recordText({ min = 0, max, multiline = false }: { min?: number; max: number; multiline?: boolean }) {
  return z.string().min(min).max(max).superRefine(wellFormedText({ multiline }));
}
