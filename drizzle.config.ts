import { defineConfig } from 'drizzle-kit';

// Generates the SQL migrations in drizzle/ from lib/db/schema.ts (npm run db:generate). The same
// migrations run on PGlite and on PostgreSQL, so they use SQL both accept.
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema.ts',
  out: './drizzle',
});
