import { z } from 'zod';
import { ownReceipt } from '@/lib/acceptance/own-receipt';
import { problem } from '@/lib/api/problem';
import { getSignedInUser } from '@/lib/auth/session';

/** The signed receipt of one of the signed-in user's acceptances, as a JSON file. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return problem(404, 'Not found', 'There is no such receipt.');
  const user = await getSignedInUser();
  if (!user) return problem(401, 'Sign in first', 'Receipts are available to the person who accepted.');
  const issued = await ownReceipt(id.data, user.id);
  if (issued.status === 'not-found') return problem(404, 'Not found', 'There is no such receipt.');
  if (issued.status === 'tampered') {
    return problem(409, 'Record altered', 'This acceptance record no longer matches the ledger as it was written, so no receipt can be signed for it. The operator has been alerted; any receipt you downloaded earlier remains your evidence.');
  }
  const { document } = issued;
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      'content-type': 'application/json',
      'content-disposition': `attachment; filename="accord-receipt-${document.receipt.record.seq}.json"`,
      'cache-control': 'no-store',
    },
  });
}
