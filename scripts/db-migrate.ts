// Applies the database migrations and, on PostgreSQL, gives the app's role exactly its grants.
// Run: npm run db:migrate
//   PostgreSQL: MIGRATION_DATABASE_URL (the owner role) migrates; DATABASE_URL names the app's role.
//   Embedded database: migrates DATA_DIR (stop the app first: PGlite serves one process at a time).
import { migrateAsOwner, roleOf } from '../lib/db/migrate';
import { openDatabase } from '../lib/db/open-database';
import { env } from '../lib/env';

const { databaseUrl, migrationDatabaseUrl, dataDir } = env();
if (databaseUrl && !migrationDatabaseUrl) {
  console.error('Set MIGRATION_DATABASE_URL to the owner role\'s connection (DATABASE_URL names the app\'s role, which gets the grants).');
  process.exit(2);
}
if (databaseUrl && migrationDatabaseUrl) {
  await migrateAsOwner(migrationDatabaseUrl, roleOf(databaseUrl));
  console.log(`migrated as ${roleOf(migrationDatabaseUrl)}; the app's role ${roleOf(databaseUrl)} has its grants`);
} else {
  await (await openDatabase({ dataDir })).close();
  console.log(`migrated the embedded database in ${dataDir}`);
}
