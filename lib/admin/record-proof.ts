import { inArray, max } from 'drizzle-orm';
import { GENESIS_HASH, recordHash } from '@/lib/ledger/record-hash';
import { storedRecord } from '@/lib/ledger/records';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';

/** Where a record sits in the chain, and whether it holds there. */
export interface RecordProof {
  seq: number;
  ledgerSize: number;
  recordHash: string;
  prevHash: string;
  /** Its stored hash is the hash of its fields. */
  hashMatches: boolean;
  /** Its prevHash is the previous record's hash (or the genesis hash for the first). */
  linksToPrevious: boolean;
  /** The next record's prevHash is its hash; null for the newest record. */
  linkedByNext: boolean | null;
}

export async function proveRecord(db: Database, seq: number): Promise<RecordProof | null> {
  const rows = await db.select().from(acceptanceRecord).where(inArray(acceptanceRecord.seq, [seq - 1, seq, seq + 1]));
  const at = (n: number) => rows.find((row) => row.seq === n);
  const row = at(seq);
  if (!row) return null;
  const [{ size } = { size: seq }] = await db.select({ size: max(acceptanceRecord.seq) }).from(acceptanceRecord);
  const { recordHash: stored, ...fields } = storedRecord(row);
  const next = at(seq + 1);
  return {
    seq,
    ledgerSize: size ?? seq,
    recordHash: stored,
    prevHash: row.prevHash,
    hashMatches: recordHash(fields) === stored,
    linksToPrevious: row.prevHash === (seq === 1 ? GENESIS_HASH : at(seq - 1)?.recordHash),
    linkedByNext: next ? next.prevHash === stored : null,
  };
}
