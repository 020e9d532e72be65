// Recomputes the whole acceptance ledger and names every record that does not verify (up to a limit).
// Run: npm run ledger:verify   (DATABASE_URL, or the embedded database in DATA_DIR, default ./data;
// PGlite serves one process at a time, so stop the app first when using the embedded database.)
import { verifyLedger } from '../lib/ledger/records';
import { openDatabase } from '../lib/db/open-database';
import { env } from '../lib/env';

const { databaseUrl, dataDir } = env();
const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
try {
  const started = performance.now();
  const result = await verifyLedger(database.db);
  const took = `${(performance.now() - started).toFixed(0)} ms`;
  if (result.ok) {
    console.log(`ledger verifies: ${result.size} records, head ${result.headHash} (${took})`);
  } else {
    console.error(`ledger does NOT verify: ${result.failureCount} of ${result.size} records fail (${took})`);
    for (const { seq, id, reason } of result.failures) console.error(`  record #${seq} (${id}): ${reason}`);
    if (result.failureCount > result.failures.length) console.error(`  … and ${result.failureCount - result.failures.length} more`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
