import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { HeaderReader } from '@/lib/api/answer';
import { scrub } from './scrub';

/**
 * The app's structured log: one JSON object a line on stdout. Anything that could carry a secret or a
 * person's data is censored by key at any depth, and parameter lists and email addresses are cut out of
 * every string, so neither a careless `logger.info({ body })` nor a database error (whose message and
 * fields carry the statement's parameters) can leak a password, a token, an email or an address.
 */
const OPTIONS: pino.LoggerOptions = {
  base: { service: 'accord' },
  formatters: { log: (object) => scrub(object) as Record<string, unknown> },
  // Errors are serialised by scrub itself, so their messages and stacks are scrubbed too.
  serializers: { err: (error: unknown) => error },
};

export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  return destination ? pino(OPTIONS, destination) : pino(OPTIONS);
}

export const logger = createLogger();

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The request's id: the one a reverse proxy sent in X-Request-Id when it is well-formed, else a new one. */
export function requestIdOf(headers: HeaderReader): string {
  const given = headers.get('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** An address cut to its network (IPv4 /24, IPv6 /48): enough to see abuse, not to identify a person. */
export function networkOf(address: string): string {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) return `${address.split('.').slice(0, 3).join('.')}.0/24`;
  if (address.includes(':')) return `${address.split(':').slice(0, 3).join(':')}::/48`;
  return 'unknown';
}

/** A logger for one request, every line carrying its id and, when known, the client's network. */
export function requestLogger(headers: HeaderReader, clientAddress?: string): { log: pino.Logger; requestId: string } {
  const requestId = requestIdOf(headers);
  return { log: logger.child({ requestId, ...(clientAddress ? { network: networkOf(clientAddress) } : {}) }), requestId };
}
