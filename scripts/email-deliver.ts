// Delivers the email outbox from a process of its own, beside (or instead of) the app's own worker:
// on PostgreSQL, any number of these and of app instances share the work, each message claimed by one.
// Run: npm run email:deliver   (DATABASE_URL, SMTP_URL and ACCORD_SECRET as the app has them; stops on Ctrl-C or SIGTERM, finishing its pass.)
import { openDatabase } from '../lib/db/open-database';
import { smtpSender, startEmailWorker } from '../lib/email/deliver';
import { env } from '../lib/env';

const { databaseUrl, mail, secret } = env();
if (!databaseUrl || !mail || !secret) {
  console.error('npm run email:deliver needs DATABASE_URL (PostgreSQL: the embedded database belongs to the app, which delivers its own outbox), SMTP_URL, and the app\'s ACCORD_SECRET (it signs the receipts it attaches).');
  process.exit(2);
}
const database = await openDatabase({ databaseUrl });
const worker = startEmailWorker(database.db, smtpSender(mail.smtpUrl), mail.from);
console.log(`delivering the outbox through ${new URL(mail.smtpUrl).host} as ${mail.from}; Ctrl-C stops`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void worker.stop().then(() => database.close());
  });
}
