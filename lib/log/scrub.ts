import pino from 'pino';

/** Keys whose values never reach a log line, at any depth: secrets, personal data, and query parameters. */
const CENSORED_KEYS = new Set(
  [
    'password', 'newPassword', 'currentPassword', 'token', 'secret', 'authorization', 'cookie', 'set-cookie',
    'email', 'ipAddress', 'ip', 'userAgent', 'user-agent', 'x-forwarded-for', 'x-real-ip', 'hostUserId', 'pageUrl', 'referrer',
    // Database errors: the statement's parameters (drizzle: params; pg: parameters) and PostgreSQL's
    // detail ("Key (email)=(…) already exists"), where, internal query and the driver's options.
    'params', 'parameters', 'detail', 'where', 'internalQuery', 'queryOptions',
  ].map((key) => key.toLowerCase()),
);

const CENSOR = '[redacted]';
/** Drizzle puts the parameters into the message too: "Failed query: …\nparams: a@b.example,203.0.113.7". */
const PARAMS_LINE = /(\n\s*params:)[^\n]*/g;
const EMAIL = /[^\s@"'<>(),;:/]+@[^\s@"'<>(),;:/]+\.[A-Za-z]{2,}/g;
const MAX_DEPTH = 8;

const scrubText = (text: string) => text.replace(PARAMS_LINE, `$1 ${CENSOR}`).replace(EMAIL, CENSOR);

/**
 * A copy of `value` fit for a log line: errors serialised (with their causes), censored keys replaced
 * at any depth, and parameter lists and email addresses cut out of every string (messages and stacks).
 */
export function scrub(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1, seen));
  const entries = (object: object) =>
    Object.fromEntries(Object.entries(object).map(([key, item]) => [key, CENSORED_KEYS.has(key.toLowerCase()) ? CENSOR : scrub(item, depth + 1, seen)]));
  if (isErrorLike(value)) return entries(pino.stdSerializers.errWithCause(value));
  // Only plain data is written out: a driver's client, socket or pool attached to an error is named, not dumped.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return `[${(value as { constructor?: { name?: string } }).constructor?.name ?? 'object'}]`;
  return entries(value);
}

/** An Error, also one from another realm or bundle copy (instanceof fails across them). */
function isErrorLike(value: object): value is Error {
  return value instanceof Error || (typeof (value as { message?: unknown }).message === 'string' && typeof (value as { stack?: unknown }).stack === 'string');
}
