import { eq } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';
import { storedRecord } from './records';
import { GENESIS_HASH, recordHash } from './record-hash';

type Row = typeof acceptanceRecord.$inferSelect;

/**
 * Whether a stored record still verifies where it stands: its contents hash to its hash, it links to
 * the record before it, and the record after it (if any) links to it. Three indexed reads, so a receipt
 * can be checked against the ledger on every request.
 */
export async function recordStillVerifies(db: Database, row: Row): Promise<boolean> {
  const { recordHash: stored, ...fields } = storedRecord(row);
  if (recordHash(fields) !== stored) return false;
  const [before] = row.seq > 1 ? await db.select({ recordHash: acceptanceRecord.recordHash }).from(acceptanceRecord).where(eq(acceptanceRecord.seq, row.seq - 1)) : [{ recordHash: GENESIS_HASH }];
  if (before?.recordHash !== row.prevHash) return false;
  const [after] = await db.select({ prevHash: acceptanceRecord.prevHash }).from(acceptanceRecord).where(eq(acceptanceRecord.seq, row.seq + 1));
  return !after || after.prevHash === stored;
}
