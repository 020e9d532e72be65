import { z } from 'zod';
import { checkpointOf, ledgerHashes, signCanonical } from '@/lib/acceptance/checkpoint';
import { inclusionProof } from '@/lib/acceptance/merkle';
import { problem } from '@/lib/api/problem';
import { handleApi } from '@/lib/api/route-handler';
import { serverSecret } from '@/lib/secret';

/** RFC 9162 inclusion proof of record `seq` in the current signed checkpoint. Holds no personal data. */
export async function GET(request: Request, { params }: { params: Promise<{ seq: string }> }) {
  const seq = z.coerce.number().int().positive().safeParse((await params).seq);
  if (!seq.success) return problem(422, 'Invalid record number', 'The record number must be a positive whole number.', [{ field: 'seq', message: 'must be a positive integer' }]);
  return handleApi(request, async (db) => {
    const hashes = await ledgerHashes(db);
    const recordHash = hashes[seq.data - 1];
    if (!recordHash) return problem(404, 'No such record', `The ledger has ${hashes.length} records.`);
    const checkpoint = checkpointOf(hashes);
    return Response.json({
      seq: seq.data,
      recordHash,
      inclusionProof: inclusionProof(seq.data - 1, hashes),
      checkpoint,
      signature: await signCanonical(serverSecret(), checkpoint, 'accord-checkpoint/1'),
    });
  });
}
