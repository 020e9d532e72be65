'use server';

import { checkReceipt, MAX_RECEIPT_BYTES, type ReceiptVerdict } from '@/lib/ledger/check-receipt';

export type VerifyState = { verdict: ReceiptVerdict | null; tooLarge: boolean };

/** Verifies an uploaded file, or else the pasted text. */
export async function verifyReceiptAction(_previous: VerifyState, formData: FormData): Promise<VerifyState> {
  const file = formData.get('file');
  const pasted = formData.get('receipt');
  const text = file instanceof File && file.size > 0 ? (file.size > MAX_RECEIPT_BYTES ? null : await file.text()) : typeof pasted === 'string' ? pasted : '';
  if (text === null || text.length > MAX_RECEIPT_BYTES) return { verdict: null, tooLarge: true };
  return { verdict: await checkReceipt(text), tooLarge: false };
}
