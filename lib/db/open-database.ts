import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenDatabase {
  db: Database;
  engine: 'pglite' | 'postgres';
  close: () => Promise<void>;
}

export type DatabaseTarget = { databaseUrl: string } | { dataDir: string };

/** The migrations written by drizzle-kit; the same files serve both engines. */
const MIGRATIONS = path.join(process.cwd(), 'drizzle');

/**
 * Opens PostgreSQL (a pool) or the embedded PGlite database and brings its schema up to date.
 * PGlite allows one process per data directory: whoever opens it owns it until `close`.
 */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if ('databaseUrl' in target) {
    const pool = new Pool({ connectionString: target.databaseUrl, max: 10 });
    // An idle connection that the server closes (restart, failover, admin command) must not crash
    // the process: the pool drops it and the next query opens a new one.
    pool.on('error', (error) => console.error('idle PostgreSQL connection closed:', error.message));
    const db = drizzleNodePg(pool, { schema });
    await migrateNodePg(db, { migrationsFolder: MIGRATIONS });
    return { db, engine: 'postgres', close: () => pool.end() };
  }
  mkdirSync(target.dataDir, { recursive: true });
  const client = new PGlite(path.join(target.dataDir, 'pglite'));
  await client.waitReady;
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS });
  return { db, engine: 'pglite', close: () => client.close() };
}
