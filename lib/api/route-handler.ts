import 'server-only';
import { getDatabase } from '@/lib/db/database';
import { type Database, DataDirectoryError } from '@/lib/db/open-database';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import type { Logger } from 'pino';
import { requestLogger } from '@/lib/log/logger';
import { clientAddress } from '@/lib/net/client-address';
import { internalError, problem } from './problem';

/** How long a client should wait after a 503 before trying again. */
const RETRY_AFTER_SECONDS = 5;

async function answer(run: (db: Database) => Promise<Response>, log: Logger): Promise<Response> {
  try {
    return await run(await getDatabase());
  } catch (error) {
    if (error instanceof DataDirectoryError) {
      log.error({ err: error }, 'data directory unusable');
      return problem(503, 'Service unavailable', 'The server cannot store anything right now, and nothing was recorded. Try again later.', undefined, {
        'retry-after': String(RETRY_AFTER_SECONDS * 12),
      });
    }
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error }, 'database unavailable');
      return problem(503, 'Service unavailable', 'The database cannot be reached right now, and nothing was recorded. Try again in a few seconds.', undefined, {
        'retry-after': String(RETRY_AFTER_SECONDS),
      });
    }
    log.error({ err: error }, 'request failed');
    return internalError();
  }
}

/**
 * Runs an API handler on the app's database and logs it (one line: method, path, status, time, with
 * a request id that the response carries in X-Request-Id). A database that cannot be reached becomes
 * a 503 with Retry-After; any other failure a 500. Both say nothing was recorded (the transaction
 * rolled back); the details stay in the log.
 */
export async function handleApi(request: Request, run: (db: Database) => Promise<Response>): Promise<Response> {
  const { log, requestId } = requestLogger(request.headers, clientAddress(request.headers));
  const started = performance.now();
  const response = await answer(run, log);
  response.headers.set('x-request-id', requestId);
  log.info({ method: request.method, path: new URL(request.url).pathname, status: response.status, ms: Math.round(performance.now() - started) }, 'api request');
  return response;
}
