// Recomputes the whole acceptance ledger and names the first record that does not verify.
// Run: npm run ledger:verify   (DATABASE_URL, or the embedded database in DATA_DIR, default ./data;
// PGlite serves one process at a time, so stop the app first when using the embedded database.)
import { verifyLedger } from '../lib/acceptance/ledger';
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
    const { seq, id, reason } = result.firstInvalid;
    console.error(`ledger does NOT verify: record #${seq} (${id}) ${reason}; ${result.size} records before it verify (${took})`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
