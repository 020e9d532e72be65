import { currentCheckpoint, signCanonical } from '@/lib/ledger/json-checkpoint';
import { handleApi } from '@/lib/api/route-handler';
import { serverSecret } from '@/lib/secret';

export const dynamic = 'force-dynamic';

/** The ledger's signed checkpoint (JSON), public: anyone can hold Accord to the history it commits to. */
export async function GET(request: Request) {
  return handleApi(request, async (db) => {
    const checkpoint = await currentCheckpoint(db);
    return Response.json({ checkpoint, signature: await signCanonical(serverSecret(), checkpoint, 'accord-checkpoint/1') }, { headers: { 'cache-control': 'no-store' } });
  });
}
