import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { catchUpTree } from '@/lib/ledger/tree-store';
import { MIGRATIONS, migrateAsOwner, migrateOrCheck, roleOf } from './migrate';
import { keepStatisticsCurrent } from './planner-statistics';
import { openPool } from './postgres-pool';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenDatabase {
  db: Database;
  engine: 'pglite' | 'postgres';
  /** For PGlite, throws a DataDirectoryError when its disk is (nearly) full; a no-op for PostgreSQL. */
  checkRoom: () => void;
  close: () => Promise<void>;
}

/** PostgreSQL as the app's role (migrated first as the owner role, when given), or PGlite in a directory. */
export type DatabaseTarget = { databaseUrl: string; migrationDatabaseUrl?: string | null } | { dataDir: string };

/** The embedded database's directory cannot be used: read-only, not ours to write, full, or not a directory. */
export class DataDirectoryError extends Error {
  constructor(dataDir: string, cause: unknown) {
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
    const problem =
      { EROFS: 'is on a read-only file system', EACCES: 'is not writable by this process', EPERM: 'is not writable by this process', ENOSPC: 'is (nearly) full', ENOTDIR: 'is not a directory', EEXIST: 'is not a directory' }[code] ??
      `cannot be written (${code || String(cause)})`;
    super(`The data directory ${dataDir} ${problem}. Accord keeps its embedded database there: make room or make it writable, or set DATA_DIR to another directory (or DATABASE_URL to use PostgreSQL). Nothing was changed.`, { cause });
    this.name = 'DataDirectoryError';
  }
}

/**
 * Free space PGlite must find before it is asked to write. It cannot recover from running out (it
 * hangs), so Accord stops short of that: WAL segments are 16 MB, and a transaction writes far less.
 */
const MIN_FREE_BYTES = 64 * 1024 * 1024;

/** Throws a DataDirectoryError when the directory's file system has less than `minFree` bytes left. */
export function ensureRoom(dataDir: string, minFree = MIN_FREE_BYTES) {
  const stats = statfsSync(dataDir);
  if (stats.bavail * stats.bsize < minFree) throw new DataDirectoryError(dataDir, Object.assign(new Error(`${stats.bavail * stats.bsize} bytes free`), { code: 'ENOSPC' }));
}

/** Proves the directory takes a write before the database is opened in it, so a bad one is named at once. */
export function ensureWritable(dataDir: string) {
  try {
    mkdirSync(dataDir, { recursive: true });
    const probe = path.join(dataDir, `.write-check-${process.pid}`);
    writeFileSync(probe, 'ok');
    rmSync(probe);
  } catch (error) {
    throw new DataDirectoryError(dataDir, error);
  }
}

/**
 * Opens PostgreSQL (a pool) or the embedded PGlite database and brings its schema up to date, and the
 * ledger's stored tree level with its records (a ledger from before the tree was stored is backfilled).
 * PGlite allows one process per data directory: whoever opens it owns it until `close`.
 */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if ('databaseUrl' in target) {
    if (target.migrationDatabaseUrl) await migrateAsOwner(target.migrationDatabaseUrl, roleOf(target.databaseUrl));
    const pool = openPool(target.databaseUrl);
    const db = drizzleNodePg(pool, { schema });
    try {
      if (!target.migrationDatabaseUrl) await migrateOrCheck(db);
      await catchUpTree(db);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { db, engine: 'postgres', checkRoom: () => undefined, close: () => pool.end() };
  }
  ensureWritable(target.dataDir);
  ensureRoom(target.dataDir);
  const client = new PGlite(path.join(target.dataDir, 'pglite'));
  await client.waitReady;
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS });
  await catchUpTree(db);
  const stopStatistics = await keepStatisticsCurrent(client);
  return {
    db,
    engine: 'pglite',
    checkRoom: () => ensureRoom(target.dataDir),
    close: () => {
      stopStatistics();
      return client.close();
    },
  };
}
