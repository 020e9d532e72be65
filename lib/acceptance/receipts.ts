import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';
import { checkpointOf, ledgerHashes, signCanonical } from './checkpoint';
import { storedRecord } from './ledger';
import { inclusionProof } from './merkle';
import { RECEIPT_TYPE, type ReceiptBody, type ReceiptDocument } from './receipt-format';

/**
 * A signed receipt for one of `userId`'s acceptances, against the ledger as it stands now: the record,
 * a checkpoint (size, chain head, Merkle root, time) and the record's inclusion proof. Null when the
 * record does not exist or is not theirs.
 */
export async function issueReceipt(
  db: Database,
  secret: string,
  recordId: string,
  userId: string,
  titleOf: (slug: string) => string,
): Promise<ReceiptDocument | null> {
  const [row] = await db.select().from(acceptanceRecord).where(eq(acceptanceRecord.id, recordId));
  if (!row || row.userId !== userId) return null;
  const hashes = await ledgerHashes(db);
  const receipt: ReceiptBody = {
    type: RECEIPT_TYPE,
    record: storedRecord(row),
    agreementTitle: titleOf(row.agreement),
    checkpoint: checkpointOf(hashes),
    inclusionProof: inclusionProof(row.seq - 1, hashes),
  };
  return { receipt, signature: await signCanonical(secret, receipt, RECEIPT_TYPE) };
}
