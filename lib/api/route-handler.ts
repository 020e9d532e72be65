import 'server-only';
import { getDatabase } from '@/lib/db/database';
import type { Database } from '@/lib/db/open-database';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { problem } from './problem';

/** How long a client should wait after a 503 before trying again. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Runs an API handler on the app's database. A database that cannot be reached becomes a 503 with
 * Retry-After; any other failure a 500. Both say nothing was recorded (the transaction rolled back),
 * and the details stay in the server log.
 */
export async function handleApi(run: (db: Database) => Promise<Response>): Promise<Response> {
  try {
    return await run(await getDatabase());
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.error('api request failed: database unavailable:', error instanceof Error ? error.message : error);
      return problem(503, 'Service unavailable', 'The database cannot be reached right now, and nothing was recorded. Try again in a few seconds.', undefined, {
        'retry-after': String(RETRY_AFTER_SECONDS),
      });
    }
    console.error('api request failed:', error instanceof Error ? error.message : error);
    return problem(500, 'Internal error', 'The request could not be completed and nothing was recorded. Try again later.');
  }
}
