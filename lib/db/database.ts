import 'server-only';
import { env } from '@/lib/env';
import { startCheckpointPublisher } from '@/lib/ledger/checkpoints';
import { treeSize } from '@/lib/ledger/tree-store';
import { gaugeOnScrape } from '@/lib/metrics/metrics';
import { type Database, openDatabase, type OpenDatabase } from './open-database';

/**
 * Next.js bundles route handlers and pages separately, so this module can be instantiated more than
 * once in one server process. The database must not be: two PGlite instances on one data directory
 * would each see only their own writes. The handle therefore lives on globalThis, once per process.
 */
const PROCESS_DATABASE = Symbol.for('accord.database');
const PUBLISHER_STARTED = Symbol.for('accord.checkpoint-publisher');
type ProcessGlobal = typeof globalThis & { [PROCESS_DATABASE]?: Promise<OpenDatabase>; [PUBLISHER_STARTED]?: boolean };

/**
 * The app's database, opened on first use (never at import, so `next build` does not open it):
 * PostgreSQL when DATABASE_URL is set, otherwise PGlite in DATA_DIR.
 */
export async function getDatabase(): Promise<Database> {
  const processGlobal = globalThis as ProcessGlobal;
  const { databaseUrl, migrationDatabaseUrl, dataDir } = env();
  const opening = (processGlobal[PROCESS_DATABASE] ??= openDatabase(databaseUrl ? { databaseUrl, migrationDatabaseUrl } : { dataDir }));
  let opened: OpenDatabase;
  try {
    opened = await opening;
    // This process serves the ledger: it publishes signed checkpoints as the tree grows.
    if (!processGlobal[PUBLISHER_STARTED]) {
      processGlobal[PUBLISHER_STARTED] = true;
      startCheckpointPublisher(opened.db);
      const { db } = opened;
      gaugeOnScrape({ name: 'accord_ledger_records', help: 'Acceptance records in the ledger (leaves of its stored tree).' }, () => treeSize(db));
    }
  } catch (error) {
    // Not opened (PostgreSQL down at start, say): forget the failure so a later request tries again.
    if (processGlobal[PROCESS_DATABASE] === opening) delete processGlobal[PROCESS_DATABASE];
    throw error;
  }
  // A full disk would hang the embedded database mid-write: refuse before that, every request.
  opened.checkRoom();
  return opened.db;
}
