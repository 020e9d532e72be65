// Creates an API key for a host service and prints it once.
// Run: npm run api-key:create -- <host-name>   (stop the app first when using the embedded database)
import { z } from 'zod';
import { createApiKey } from '../lib/api/api-keys';
import { openDatabase } from '../lib/db/open-database';
import { env } from '../lib/env';

const host = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'the host name must be lower-case letters, digits and dashes')
  .safeParse(process.argv[2]);
if (!host.success) {
  console.error(`usage: npm run api-key:create -- <host-name>\n${host.error.issues[0]?.message ?? ''}`);
  process.exit(2);
}
const { databaseUrl, dataDir } = env();
const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
try {
  const token = await createApiKey(database.db, host.data);
  console.log(`API key for ${host.data} (shown once; store it as a secret):\n${token}`);
} finally {
  await database.close();
}
