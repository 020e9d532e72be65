import 'server-only';
import { getDatabase } from '@/lib/db/database';
import type { Database } from '@/lib/db/open-database';
import { problem } from './problem';

/**
 * Runs an API handler on the app's database. An unexpected failure becomes a problem response that
 * says nothing was recorded (the transaction rolled back), and its stack stays in the server log.
 */
export async function handleApi(run: (db: Database) => Promise<Response>): Promise<Response> {
  try {
    return await run(await getDatabase());
  } catch (error) {
    console.error('api request failed:', error instanceof Error ? error.message : error);
    return problem(500, 'Internal error', 'The request could not be completed and nothing was recorded. Try again later.');
  }
}
