/**
 * Socket and PostgreSQL error codes that mean "the database cannot be reached (or take the request) now",
 * not "the query was wrong"; ACCORD_DB_BUSY is the pool's own, for a full queue.
 */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', 'ACCORD_DB_BUSY']);
const UNREACHABLE_MESSAGES = /timeout exceeded when trying to connect|timeout expired|Connection terminated|connection is closed|Client has encountered a connection error/i;

/**
 * True when an error (or any error it wraps, as Drizzle does) says the database is down or
 * unreachable: such a request can be answered 503 and retried, unlike a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false;
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    current = cause;
  }
  return false;
}
