import { receiptKey } from '@/lib/ledger/receipt-key';
import { ledgerVerifierKey } from '@/lib/ledger/checkpoints';
import { serverSecret } from '@/lib/secret';

export const dynamic = 'force-dynamic';

/**
 * The public key (JWKS) that verifies Accord's receipts and JSON checkpoints, and the same key as the
 * signed-note verifier key of the ledger's C2SP checkpoints (also at /ledger/key).
 */
export async function GET() {
  const { publicJwk } = await receiptKey(serverSecret());
  return Response.json({ keys: [publicJwk], ledgerNoteKeys: [await ledgerVerifierKey()] }, { headers: { 'cache-control': 'public, max-age=3600' } });
}
