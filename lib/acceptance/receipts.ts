import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { CompactSign } from 'jose';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';
import { storedRecord } from './ledger';
import { inclusionProof, merkleRoot } from './merkle';
import { receiptKey } from './receipt-key';
import { canonicalJson, RECEIPT_TYPE, type ReceiptBody, type ReceiptDocument } from './receipt-format';

/**
 * A signed receipt for one of `userId`'s acceptances, against the ledger as it stands now: the record,
 * a checkpoint (size, chain head, Merkle root, time) and the record's inclusion proof. Null when the
 * record does not exist or is not theirs. Reads every record hash: O(ledger size) per receipt.
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
  const hashes = (await db.select({ recordHash: acceptanceRecord.recordHash }).from(acceptanceRecord).orderBy(asc(acceptanceRecord.seq))).map(
    (entry) => entry.recordHash,
  );
  const receipt: ReceiptBody = {
    type: RECEIPT_TYPE,
    record: storedRecord(row),
    agreementTitle: titleOf(row.agreement),
    checkpoint: { size: hashes.length, headHash: hashes.at(-1) ?? '', rootHash: merkleRoot(hashes), issuedAt: new Date().toISOString() },
    inclusionProof: inclusionProof(row.seq - 1, hashes),
  };
  const key = await receiptKey(secret);
  const signature = await new CompactSign(new TextEncoder().encode(canonicalJson(receipt)))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.publicJwk.kid, typ: RECEIPT_TYPE })
    .sign(key.privateKey);
  return { receipt, signature };
}
