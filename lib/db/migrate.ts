import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import pg from 'pg';
import { logger } from '@/lib/log/logger';
import { grantAppRole } from './app-role';
import * as schema from './schema';

/** The migrations written by drizzle-kit; the same files serve both engines. */
export const MIGRATIONS = path.join(process.cwd(), 'drizzle');

let migrationCount: number | undefined;

/** How many migrations this build ships (read from disk once per process). */
export function expectedMigrations(): number {
  migrationCount ??= readMigrationFiles({ migrationsFolder: MIGRATIONS }).length;
  return migrationCount;
}

/** The role a connection string logs in as. */
export const roleOf = (databaseUrl: string) => decodeURIComponent(new URL(databaseUrl).username) || 'postgres';

/**
 * As the owner role: applies the migrations, then gives the app's role exactly its grants
 * (lib/db/app-role.ts). Used at start with MIGRATION_DATABASE_URL, and by `npm run db:migrate`.
 */
export async function migrateAsOwner(ownerUrl: string, appRole: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  try {
    const owner = drizzleNodePg(pool, { schema });
    await migrateNodePg(owner, { migrationsFolder: MIGRATIONS });
    if (appRole !== roleOf(ownerUrl)) await grantAppRole(owner, appRole);
  } finally {
    await pool.end();
  }
}

/**
 * Brings the schema up to date on the app's own connection, when that is allowed: with only
 * DATABASE_URL, its role migrates if it owns the schema (one role for everything: said in a warning,
 * since that role can also alter the ledger); a role that owns nothing only checks that the owner has
 * applied every migration, and refuses to start otherwise.
 */
export async function migrateOrCheck(db: NodePgDatabase<typeof schema>): Promise<void> {
  const state = await db.execute<{ may_migrate: boolean; journal: string | null }>(sql`
    SELECT coalesce((SELECT tableowner = current_user FROM pg_tables WHERE schemaname = 'public' AND tablename = 'acceptance_record'),
                    has_schema_privilege('public', 'CREATE')) AS may_migrate,
           to_regclass('drizzle.__drizzle_migrations')::text AS journal`);
  const { may_migrate: mayMigrate, journal } = state.rows[0] ?? { may_migrate: false, journal: null };
  if (mayMigrate) {
    await migrateNodePg(db, { migrationsFolder: MIGRATIONS });
    logger.warn('the app connects as the role that owns the ledger tables, which could alter them: give it a role of its own (README: Database roles)');
    return;
  }
  const expected = expectedMigrations();
  const migrated = journal ? ((await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`)).rows[0]?.n ?? 0) : 0;
  if (migrated < expected) {
    throw new Error(`${expected - migrated} database migration(s) are not applied, and the app's role may not apply them: run \`npm run db:migrate\` with MIGRATION_DATABASE_URL (the owner role), or set MIGRATION_DATABASE_URL for the app.`);
  }
}
