'use server';

import { checkReceipt, MAX_RECEIPT_BYTES, type ReceiptVerdict } from '@/lib/ledger/check-receipt';

/** What the form says after a submit: a verdict, or why there is none ("empty": nothing was given). */
export type VerifyState = { verdict: ReceiptVerdict | null; problem: 'empty' | 'too-large' | null };

/** Verifies an uploaded file, or else the pasted text. */
export async function verifyReceiptAction(_previous: VerifyState, formData: FormData): Promise<VerifyState> {
  const file = formData.get('file');
  const pasted = formData.get('receipt');
  const text = file instanceof File && file.size > 0 ? (file.size > MAX_RECEIPT_BYTES ? null : await file.text()) : typeof pasted === 'string' ? pasted : '';
  if (text === null || text.length > MAX_RECEIPT_BYTES) return { verdict: null, problem: 'too-large' };
  if (text.trim() === '') return { verdict: null, problem: 'empty' };
  return { verdict: await checkReceipt(text), problem: null };
}
