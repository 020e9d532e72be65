import { receiptKey } from '@/lib/acceptance/receipt-key';
import { serverSecret } from '@/lib/secret';

export const dynamic = 'force-dynamic';

/** The public key (JWKS) that verifies Accord's receipts and checkpoints. */
export async function GET() {
  const { publicJwk } = await receiptKey(serverSecret());
  return Response.json({ keys: [publicJwk] }, { headers: { 'cache-control': 'public, max-age=3600' } });
}
