import { type Answer, responseOf } from './answer';

/** A field a request got wrong, and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An RFC 9457 problem details answer: a status, a title a person understands, the detail, and the
 * fields at fault. Never a stack trace.
 */
export function problemAnswer(status: number, title: string, detail: string, errors?: FieldError[], headers?: Record<string, string>): Answer {
  return { status, headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers }, body: problemJson(status, title, detail, errors) };
}

/** problemAnswer as a Web Response. */
export const problem = (...args: Parameters<typeof problemAnswer>): Response => responseOf(problemAnswer(...args));

/** The body of a problem response, as JSON text. */
export const problemJson = (status: number, title: string, detail: string, errors?: FieldError[]) =>
  JSON.stringify({ type: 'about:blank', title, status, detail, ...(errors ? { errors } : {}) });

/** The 500 for a failure on our side: nothing was recorded, and the details stay in the log. */
export const internalError = () => problemAnswer(500, 'Internal error', 'The request could not be completed and nothing was recorded. Try again later.');
