// Not 'server-only': npm run email:deliver attaches receipts too (lib/email/attachments.ts).
import { eq } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';
import { latestCheckpoint, publishCheckpoint } from '@/lib/ledger/checkpoints';
import { inclusionProof } from '@/lib/ledger/tree-store';
import { checkpointAt, signCanonical } from './json-checkpoint';
import { storedRecord } from './records';
import { recordStillVerifies } from './record-integrity';
import { RECEIPT_TYPE, type ReceiptBody, type ReceiptDocument } from './receipt-format';

export type ReceiptIssue = { status: 'issued'; document: ReceiptDocument } | { status: 'not-found' } | { status: 'tampered' };

/**
 * A signed receipt for one of `userId`'s acceptances, against the ledger as it stands now: the record,
 * a checkpoint (size, chain head, Merkle root, time) and the record's inclusion proof. "not-found" when
 * the record does not exist or is not theirs; "tampered" when the stored record no longer verifies in
 * the chain: no receipt is ever signed for it.
 */
export async function issueReceipt(
  db: Database,
  secret: string,
  recordId: string,
  userId: string,
  titleOf: (slug: string) => string,
): Promise<ReceiptIssue> {
  const [row] = await db.select().from(acceptanceRecord).where(eq(acceptanceRecord.id, recordId));
  if (!row || row.userId !== userId) return { status: 'not-found' };
  if (!(await recordStillVerifies(db, row))) return { status: 'tampered' };
  // Proven against a published checkpoint note, so the holder can later check that the ledger still
  // extends the tree their record is in (a consistency proof from this size).
  const latest = await latestCheckpoint(db);
  const published = latest && latest.size >= row.seq ? latest : await publishCheckpoint(db);
  const checkpoint = await checkpointAt(db, published.size);
  const receipt: ReceiptBody = {
    type: RECEIPT_TYPE,
    record: storedRecord(row),
    agreementTitle: titleOf(row.agreement),
    checkpoint,
    checkpointNote: published.note,
    inclusionProof: (await inclusionProof(db, row.seq - 1, checkpoint.size)).map((hash) => hash.toString('hex')),
  };
  return { status: 'issued', document: { receipt, signature: await signCanonical(secret, receipt, RECEIPT_TYPE) } };
}
