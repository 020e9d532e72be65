// Makes an existing account (sign up first, at /<locale>/signup) an administrator of the operator console.
// Run: npm run admin:grant -- <email>   (stop the app first when using the embedded database)
import { z } from 'zod';
import { grantAdmin } from '../lib/admin/operators';
import { openDatabase } from '../lib/db/open-database';
import { env } from '../lib/env';

const email = z.email().max(254).safeParse(process.argv[2]);
if (!email.success) {
  console.error('usage: npm run admin:grant -- <email of an existing account>');
  process.exit(2);
}
const { databaseUrl, dataDir } = env();
const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
try {
  const granted = await grantAdmin(database.db, email.data);
  if (!granted) {
    console.error(`No account has the email ${email.data}. Sign up with it first, then run this again.`);
    process.exitCode = 1;
  } else {
    console.log(`${email.data} is an administrator (user ${granted.userId}).`);
  }
} finally {
  await database.close();
}
