import { ledgerVerifierKey } from '@/lib/ledger/checkpoints';

export const dynamic = 'force-dynamic';

/** The signed-note verifier key of the ledger's checkpoints: `<name>+<key ID>+<base64 key>`. */
export async function GET() {
  return new Response(`${await ledgerVerifierKey()}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}
