import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { checkpointAt, signCanonical } from '@/lib/ledger/json-checkpoint';
import { problem } from '@/lib/api/problem';
import { handleApi } from '@/lib/api/route-handler';
import { acceptanceRecord } from '@/lib/db/schema';
import { latestCheckpoint } from '@/lib/ledger/checkpoints';
import { inclusionProof, treeSize } from '@/lib/ledger/tree-store';
import { serverSecret } from '@/lib/secret';

const sizeSchema = z.coerce.number().int().positive().optional();

/**
 * RFC 9162 inclusion proof of record `seq` (leaf seq − 1) in the tree of `?size=` records, by default
 * the latest published checkpoint's (or the whole ledger, before the first is published), with the
 * signed JSON checkpoint of that tree. Holds no personal data.
 */
export async function GET(request: Request, { params }: { params: Promise<{ seq: string }> }) {
  const seq = z.coerce.number().int().positive().safeParse((await params).seq);
  if (!seq.success) return problem(422, 'Invalid record number', 'The record number must be a positive whole number.', [{ field: 'seq', message: 'must be a positive integer' }]);
  const size = sizeSchema.safeParse(new URL(request.url).searchParams.get('size') ?? undefined);
  if (!size.success) return problem(422, 'Invalid tree size', 'size must be a positive whole number.', [{ field: 'size', message: 'must be a positive integer' }]);
  return handleApi(request, async (db) => {
    const ledgerSize = await treeSize(db);
    const target = size.data ?? (await latestCheckpoint(db))?.size ?? ledgerSize;
    if (target > ledgerSize) return problem(404, 'No such tree', `The ledger has ${ledgerSize} records.`, [{ field: 'size', message: `must be at most ${ledgerSize}` }]);
    if (seq.data > target) return problem(404, 'No such record', `The tree of ${target} records does not hold record #${seq.data}.`);
    const [record] = await db.select({ recordHash: acceptanceRecord.recordHash }).from(acceptanceRecord).where(eq(acceptanceRecord.seq, seq.data));
    if (!record) return problem(404, 'No such record', `The ledger has no record #${seq.data}.`);
    const checkpoint = await checkpointAt(db, target);
    return Response.json({
      treeSize: target,
      leafIndex: seq.data - 1,
      recordHash: record.recordHash,
      inclusionProof: (await inclusionProof(db, seq.data - 1, target)).map((hash) => hash.toString('hex')),
      seq: seq.data,
      checkpoint,
      signature: await signCanonical(serverSecret(), checkpoint, 'accord-checkpoint/1'),
    });
  });
}
