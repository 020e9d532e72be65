import { z } from 'zod';
import { problem } from '@/lib/api/problem';
import { handleApi } from '@/lib/api/route-handler';
import { consistencyProof, treeSize } from '@/lib/ledger/tree-store';

export const dynamic = 'force-dynamic';

const querySchema = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });

/** RFC 9162 consistency proof between the trees of `from` and `to` records (from ≤ to ≤ the ledger's size). */
export async function GET(request: Request) {
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    return problem(422, 'Invalid query', 'from and to must be positive whole numbers.', query.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })));
  }
  const { from, to } = query.data;
  if (from > to) return problem(422, 'Invalid query', 'from must not be larger than to.', [{ field: 'from', message: 'must be at most to' }]);
  return handleApi(request, async (db) => {
    const size = await treeSize(db);
    if (to > size) return problem(404, 'No such tree', `The ledger has ${size} records.`, [{ field: 'to', message: `must be at most ${size}` }]);
    const proof = await consistencyProof(db, from, to);
    return Response.json({ from, to, consistencyProof: proof.map((hash) => hash.toString('hex')) }, { headers: { 'cache-control': 'public, max-age=31536000, immutable' } });
  });
}
