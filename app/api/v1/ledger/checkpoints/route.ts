import { z } from 'zod';
import { problem } from '@/lib/api/problem';
import { handleApi } from '@/lib/api/route-handler';
import { listCheckpoints } from '@/lib/ledger/checkpoints';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** Every published checkpoint, newest first: `?limit=` (1–1000, default 100) and `?before=<size>` to page back. */
export async function GET(request: Request) {
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    return problem(422, 'Invalid query', 'before must be a positive whole number and limit a whole number from 1 to 1000.', query.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })));
  }
  return handleApi(request, async (db) => {
    const checkpoints = await listCheckpoints(db, query.data.limit, query.data.before);
    return Response.json(
      { checkpoints: checkpoints.map(({ size, rootHash, note, publishedAt }) => ({ treeSize: size, rootHash, note, publishedAt: publishedAt.toISOString() })) },
      { headers: { 'cache-control': 'no-store' } },
    );
  });
}
