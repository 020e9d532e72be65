import { desc } from 'drizzle-orm';
import { signCanonical } from '@/lib/ledger/json-checkpoint';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';
import { csvHeader, type ExportFormat, formatRecord } from './export-format';
import type { RecordFilter } from './record-filter';
import { listRecordsAscending } from './records';

/** The ledger state an export is taken against: its size and chain head (which commits to every record before it). */
export interface ExportCheckpoint {
  size: number;
  headHash: string;
  issuedAt: string;
}

export const EXPORT_CHECKPOINT_TYPE = 'accord-export-checkpoint/1';

export async function exportCheckpoint(db: Database, secret: string, now = new Date()): Promise<{ checkpoint: ExportCheckpoint; signature: string }> {
  const [head] = await db.select({ seq: acceptanceRecord.seq, recordHash: acceptanceRecord.recordHash }).from(acceptanceRecord).orderBy(desc(acceptanceRecord.seq)).limit(1);
  const checkpoint = { size: head?.seq ?? 0, headHash: head?.recordHash ?? '0'.repeat(64), issuedAt: now.toISOString() };
  return { checkpoint, signature: await signCanonical(secret, checkpoint, EXPORT_CHECKPOINT_TYPE) };
}

const BATCH = 1000;

/**
 * The export, line by line: the records matching the filter up to the checkpoint, oldest first, read
 * a batch at a time by sequence number, so memory stays the same at any ledger size. JSON Lines starts
 * with the signed checkpoint; CSV with its header (its checkpoint travels in the response headers).
 */
export async function* exportLines(
  db: Database,
  secret: string,
  filter: RecordFilter,
  format: ExportFormat,
  signed: { checkpoint: ExportCheckpoint; signature: string },
): AsyncGenerator<string> {
  yield format === 'csv' ? csvHeader() : `${JSON.stringify(signed)}\n`;
  let after = 0;
  for (;;) {
    const records = await listRecordsAscending(db, secret, filter, { after, upTo: signed.checkpoint.size, limit: BATCH });
    for (const record of records) yield formatRecord(record, format);
    if (records.length < BATCH) return;
    after = records.at(-1)?.seq ?? after;
  }
}
