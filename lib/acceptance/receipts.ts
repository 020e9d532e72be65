import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';
import { checkpointOf, ledgerHashes, signCanonical } from './checkpoint';
import { storedRecord } from './ledger';
import { inclusionProof } from './merkle';
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
  const hashes = await ledgerHashes(db);
  const receipt: ReceiptBody = {
    type: RECEIPT_TYPE,
    record: storedRecord(row),
    agreementTitle: titleOf(row.agreement),
    checkpoint: checkpointOf(hashes),
    inclusionProof: inclusionProof(row.seq - 1, hashes),
  };
  return { status: 'issued', document: { receipt, signature: await signCanonical(secret, receipt, RECEIPT_TYPE) } };
}
