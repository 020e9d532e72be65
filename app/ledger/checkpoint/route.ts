import { handleApi } from '@/lib/api/route-handler';
import { latestCheckpoint, publishCheckpoint } from '@/lib/ledger/checkpoints';

export const dynamic = 'force-dynamic';

/** The latest checkpoint, as a C2SP signed note (https://c2sp.org/tlog-checkpoint). */
export async function GET(request: Request) {
  return handleApi(request, async (db) => {
    const checkpoint = (await latestCheckpoint(db)) ?? (await publishCheckpoint(db));
    return new Response(checkpoint.note, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=2' } });
  });
}
