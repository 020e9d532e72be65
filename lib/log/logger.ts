import { randomUUID } from 'node:crypto';
import pino from 'pino';

/**
 * The app's structured log: one JSON object a line on stdout. Anything that could carry a secret or a
 * person's data is censored by key wherever it appears, so a careless `logger.info({ body })` cannot
 * leak a password, a token or an email.
 */
const OPTIONS: pino.LoggerOptions = {
  base: { service: 'accord' },
  redact: {
    paths: [
      'password', '*.password', 'token', '*.token', 'secret', '*.secret', 'authorization', '*.authorization', 'cookie', '*.cookie',
      'headers.authorization', 'headers.cookie', 'email', '*.email', 'ipAddress', '*.ipAddress', 'userAgent', '*.userAgent',
    ],
    censor: '[redacted]',
  },
  serializers: { err: pino.stdSerializers.err },
};

export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  return destination ? pino(OPTIONS, destination) : pino(OPTIONS);
}

export const logger = createLogger();

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The request's id: the one a reverse proxy sent in X-Request-Id when it is well-formed, else a new one. */
export function requestIdOf(headers: Headers): string {
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
export function requestLogger(headers: Headers, clientAddress?: string): { log: pino.Logger; requestId: string } {
  const requestId = requestIdOf(headers);
  return { log: logger.child({ requestId, ...(clientAddress ? { network: networkOf(clientAddress) } : {}) }), requestId };
}
