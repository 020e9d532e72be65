import 'server-only';
import { eq } from 'drizzle-orm';
import { getDatabase } from '@/lib/db/database';
import { acceptanceRecord } from '@/lib/db/schema';
import { serverSecret } from '@/lib/secret';
import { receiptKey } from './receipt-key';
import { type ReceiptCheck, receiptDocumentSchema, verifyReceipt } from './receipt-format';

export const MAX_RECEIPT_BYTES = 64 * 1024;

export type ReceiptVerdict =
  | { status: 'unreadable' }
  | {
      status: 'valid' | 'invalid';
      /** Failed checks; "ledger" means the record is not (or no longer) in this site's ledger as stated. */
      failed: (ReceiptCheck | 'ledger')[];
      summary: { agreementTitle: string; version: string; recordedAt: string; seq: number };
    };

/** Checks a pasted or uploaded receipt against this site's key and its ledger as it stands now. */
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
  const failed: (ReceiptCheck | 'ledger')[] = await verifyReceipt(parsed.data, (await receiptKey(serverSecret())).publicJwk);
  const db = await getDatabase();
  const [stored] = await db.select({ seq: acceptanceRecord.seq, recordHash: acceptanceRecord.recordHash }).from(acceptanceRecord).where(eq(acceptanceRecord.id, receipt.record.id));
  if (stored?.seq !== receipt.record.seq || stored.recordHash !== receipt.record.recordHash) failed.push('ledger');
  const { agreementTitle } = receipt;
  const { version, recordedAt, seq } = receipt.record;
  return { status: failed.length === 0 ? 'valid' : 'invalid', failed, summary: { agreementTitle, version, recordedAt, seq } };
}
