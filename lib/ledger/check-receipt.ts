import 'server-only';
import { eq } from 'drizzle-orm';
import { getDatabase } from '@/lib/db/database';
import { acceptanceRecord } from '@/lib/db/schema';
import { serverSecret } from '@/lib/secret';
import { receiptKey } from './receipt-key';
import { storedRecord } from './records';
import { canonicalJson, type ReceiptCheck, receiptDocumentSchema, verifyReceipt } from './receipt-format';
import { recordStillVerifies } from './record-integrity';
import { verifyConsistency } from '@/lib/ledger/merkle-tree';
import { consistencyProof, treeHead, treeSize } from '@/lib/ledger/tree-store';
import type { Database } from '@/lib/db/open-database';

/** Does the ledger's tree now extend the tree of `size` records with `rootHex`? Checked as any client would: by an RFC 9162 consistency proof. */
async function extendsTree(db: Database, size: number, rootHex: string): Promise<boolean> {
  const now = await treeSize(db);
  if (now < size) return false;
  const proof = await consistencyProof(db, size, now);
  return verifyConsistency(size, now, Buffer.from(rootHex, 'hex'), await treeHead(db, now), proof);
}

export const MAX_RECEIPT_BYTES = 64 * 1024;

/**
 * How the ledger stands towards a receipt: "missing" (no such record), "altered" (stored otherwise, or
 * no longer verifying in the chain), "history" (the ledger's tree today does not extend the tree the
 * receipt was proven in: records before or beside this one were rewritten or removed).
 */
export type LedgerCheck = 'ledger-missing' | 'ledger-altered' | 'ledger-history';

export type ReceiptVerdict =
  | { status: 'unreadable' }
  | {
      /**
       * valid: the receipt verifies and the ledger still holds its record as stated; invalid: the receipt
       * itself fails (not signed by this site, or changed); tampered: a genuine receipt whose record the
       * ledger no longer holds as it was accepted.
       */
      status: 'valid' | 'invalid' | 'tampered';
      failed: (ReceiptCheck | LedgerCheck)[];
      summary: { agreement: string; agreementTitle: string; version: string; recordedAt: string; seq: number };
    };

/**
 * Checks a pasted or uploaded receipt against this site's key, then against its ledger as it stands
 * now: the stored record must equal the receipt's, field for field, and still verify in the chain.
 */
export async function checkReceipt(text: string): Promise<ReceiptVerdict> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 'unreadable' };
  }
  const parsed = receiptDocumentSchema.safeParse(json);
  if (!parsed.success) return { status: 'unreadable' };
  const { receipt } = parsed.data;
  const own = await verifyReceipt(parsed.data, (await receiptKey(serverSecret())).publicJwk);
  const db = await getDatabase();
  const [row] = await db.select().from(acceptanceRecord).where(eq(acceptanceRecord.id, receipt.record.id));
  const ledger: LedgerCheck | null = !row
    ? 'ledger-missing'
    : canonicalJson(storedRecord(row)) !== canonicalJson(receipt.record) || !(await recordStillVerifies(db, row))
      ? 'ledger-altered'
      : !(await extendsTree(db, receipt.checkpoint.size, receipt.checkpoint.rootHash))
        ? 'ledger-history'
        : null;
  const failed = [...own, ...(ledger ? [ledger] : [])];
  const { agreementTitle } = receipt;
  const { agreement, version, recordedAt, seq } = receipt.record;
  const status = own.length > 0 ? 'invalid' : ledger ? 'tampered' : 'valid';
  return { status, failed, summary: { agreement, agreementTitle, version, recordedAt, seq } };
}
