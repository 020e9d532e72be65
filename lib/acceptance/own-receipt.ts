import 'server-only';
import { z } from 'zod';
import { agreementTitleOf } from '@/lib/content/agreement-titles';
import { getDatabase } from '@/lib/db/database';
import type { ReceiptDocument } from '@/lib/ledger/receipt-format';
import { issueReceipt } from '@/lib/ledger/receipts';
import { logger } from '@/lib/log/logger';
import { serverSecret } from '@/lib/secret';

export type OwnReceipt = { status: 'issued'; document: ReceiptDocument; recordId: string } | { status: 'not-found' } | { status: 'tampered' };

/**
 * The signed receipt of one of `userId`'s acceptances, which its JSON download, certificate page and
 * certificate PDF all state: "not-found" for a malformed id or someone else's record (the same answer
 * as none), "tampered" (and an alert) for a record that no longer verifies in the ledger, for which
 * nothing is signed or certified.
 */
export async function ownReceipt(id: string, userId: string): Promise<OwnReceipt> {
  const recordId = z.uuid().safeParse(id);
  if (!recordId.success) return { status: 'not-found' };
  const issued = await issueReceipt(await getDatabase(), serverSecret(), recordId.data, userId, agreementTitleOf());
  if (issued.status === 'tampered') logger.error({ recordId: recordId.data }, 'a receipt or certificate was asked for a record that no longer verifies in the ledger');
  return issued.status === 'issued' ? { status: 'issued', document: issued.document, recordId: recordId.data } : issued;
}

/** Where a certificate's PDF is, beside its page. */
export const certificatePdfPath = (locale: string, recordId: string) => `/${locale}/account/acceptances/${recordId}/certificate.pdf`;
