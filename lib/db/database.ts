import 'server-only';
import { env } from '@/lib/env';
import { type Database, openDatabase, type OpenDatabase } from './open-database';

let opening: Promise<OpenDatabase> | undefined;

/**
 * The app's database, opened on first use (never at import, so `next build` does not open it):
 * PostgreSQL when DATABASE_URL is set, otherwise PGlite in DATA_DIR.
 */
export async function getDatabase(): Promise<Database> {
  opening ??= openDatabase(env().databaseUrl ? { databaseUrl: env().databaseUrl ?? '' } : { dataDir: env().dataDir });
  return (await opening).db;
}
