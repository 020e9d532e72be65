import 'server-only';
import { getDatabase } from '@/lib/db/database';
import { type Database, DataDirectoryError } from '@/lib/db/open-database';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import type { Logger } from 'pino';
import { requestLogger } from '@/lib/log/logger';
import { clientAddress } from '@/lib/net/client-address';
import { type Answer, type ApiRequest, type HeaderReader, responseOf } from './answer';
import { internalError, problemAnswer } from './problem';

/** How long a client should wait after a 503 before trying again. */
const RETRY_AFTER_SECONDS = 5;

async function answer<T>(run: (db: Database) => Promise<T>, log: Logger, failed: (problem: Answer) => T): Promise<T> {
  try {
    return await run(await getDatabase());
  } catch (error) {
    if (error instanceof DataDirectoryError) {
      log.error({ err: error }, 'data directory unusable');
      return failed(
        problemAnswer(503, 'Service unavailable', 'The server cannot store anything right now, and nothing was recorded. Try again later.', undefined, {
          'retry-after': String(RETRY_AFTER_SECONDS * 12),
        }),
      );
    }
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error }, 'database unavailable');
      return failed(
        problemAnswer(503, 'Service unavailable', 'The database cannot be reached right now, and nothing was recorded. Try again in a few seconds.', undefined, {
          'retry-after': String(RETRY_AFTER_SECONDS),
        }),
      );
    }
    log.error({ err: error }, 'request failed');
    return failed(internalError());
  }
}

/**
 * Runs an API handler on the app's database and logs it (one line: method, path, status, time, with
 * a request id that the answer carries in X-Request-Id). A database that cannot be reached becomes
 * a 503 with Retry-After; any other failure a 500. Both say nothing was recorded (the transaction
 * rolled back); the details stay in the log.
 */
async function logged<T extends { status: number }>(
  request: { method: string; path: string; headers: HeaderReader },
  run: (db: Database) => Promise<T>,
  failed: (problem: Answer) => T,
  tag: (result: T, requestId: string) => void,
): Promise<T> {
  const { log, requestId } = requestLogger(request.headers, clientAddress(request.headers));
  const started = performance.now();
  const result = await answer(run, log, failed);
  tag(result, requestId);
  log.info({ method: request.method, path: request.path, status: result.status, ms: Math.round(performance.now() - started) }, 'api request');
  return result;
}

/** A Next.js route handler's request, answered with a Web Response (see logged). */
export const handleApi = (request: Request, run: (db: Database) => Promise<Response>): Promise<Response> =>
  logged({ method: request.method, path: new URL(request.url).pathname, headers: request.headers }, run, responseOf, (response, requestId) => response.headers.set('x-request-id', requestId));

/** An ApiRequest, answered with an Answer (see logged). */
export const handleApiRequest = (request: ApiRequest, run: (db: Database) => Promise<Answer>): Promise<Answer> =>
  logged(request, run, (problem) => problem, (result, requestId) => (result.headers['x-request-id'] = requestId));
