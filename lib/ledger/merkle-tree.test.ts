import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inclusionProof as referenceInclusion, merkleRoot as referenceRoot } from '@/test-support/rfc9162-reference';
import { appendNodes, consistencyRanges, type Hash, inclusionRanges, leafHash, nodeKey, nodesForRanges, perfectSubtrees, rangeHash, type StoredNode, verifyConsistency, verifyInclusion } from './merkle-tree';

// The eight leaves of the RFC 6962 reference test data (certificate-transparency, Trillian), with the
// tree heads, inclusion and consistency proofs published beside them.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) => Buffer.from(hex, 'hex'));
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const INCLUSION: [index: number, size: number, proof: string[]][] = [
  [0, 1, []],
  [0, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [5, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
const CONSISTENCY: [from: number, to: number, proof: string[]][] = [
  [1, 1, []],
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];

/**
 * Builds the stored nodes of a tree by appending leaves one batch at a time, as the ledger does: each
 * batch starts from the right edge the previous one returned, which must be the stored edge.
 */
function storedTree(leaves: Hash[], batches: number[]): Map<string, Hash> {
  const nodes = new Map<string, Hash>();
  let size = 0;
  let frontier: StoredNode[] = [];
  for (const batch of batches) {
    const appended = appendNodes(size, frontier, leaves.slice(size, size + batch));
    for (const node of appended.created) nodes.set(nodeKey(node), node.hash);
    size += batch;
    frontier = appended.frontier;
    expect(frontier).toEqual(perfectSubtrees(0, size).map((node) => ({ ...node, hash: nodes.get(nodeKey(node)) })));
  }
  return nodes;
}

const hex = (hashes: Hash[]) => hashes.map((hash) => hash.toString('hex'));
const fromHex = (hexes: string[]) => hexes.map((value) => Buffer.from(value, 'hex'));

describe('the stored Merkle tree against the RFC 6962 reference vectors', () => {
  const nodes = storedTree(LEAVES.map(leafHash), [3, 1, 4]);

  it.each(ROOTS.map((root, i) => [i + 1, root] as const))('tree head of size %i', (size, root) => {
    expect(rangeHash([0, size], nodes).toString('hex')).toBe(root);
  });

  it.each(INCLUSION)('inclusion proof of leaf %i in the tree of size %i', (index, size, proof) => {
    expect(hex(inclusionRanges(index, size).map((range) => rangeHash(range, nodes)))).toEqual(proof);
    expect(verifyInclusion(index, size, leafHash(LEAVES[index] as Buffer), fromHex(proof), Buffer.from(ROOTS[size - 1] as string, 'hex'))).toBe(true);
  });

  it.each(CONSISTENCY)('consistency proof from size %i to %i', (from, to, proof) => {
    expect(hex(consistencyRanges(from, to).map((range) => rangeHash(range, nodes)))).toEqual(proof);
    expect(verifyConsistency(from, to, Buffer.from(ROOTS[from - 1] as string, 'hex'), Buffer.from(ROOTS[to - 1] as string, 'hex'), fromHex(proof))).toBe(true);
  });

  it('needs only O(log n) stored nodes for a proof', () => {
    expect(nodesForRanges(inclusionRanges(123_456, 1_000_000)).length).toBeLessThanOrEqual(2 * 20);
    expect(nodesForRanges(consistencyRanges(654_321, 1_000_000)).length).toBeLessThanOrEqual(2 * 20);
  });
});

describe('the stored Merkle tree, any size and any batching', () => {
  it('agrees with the recursive definition, and its proofs verify; altered proofs do not', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (batches, a, b) => {
        const size = batches.reduce((sum, batch) => sum + batch, 0);
        const recordHashes = Array.from({ length: size }, (_, i) => Buffer.alloc(32, i + 1).toString('hex'));
        const leaves = recordHashes.map((record) => leafHash(Buffer.from(record, 'hex')));
        const nodes = storedTree(leaves, batches);
        const root = rangeHash([0, size], nodes);
        expect(root.toString('hex')).toBe(referenceRoot(recordHashes));
        const index = a % size;
        const proof = inclusionRanges(index, size).map((range) => rangeHash(range, nodes));
        expect(hex(proof)).toEqual(referenceInclusion(index, recordHashes));
        expect(verifyInclusion(index, size, leaves[index] as Hash, proof, root)).toBe(true);
        const from = 1 + (b % size);
        const older = rangeHash([0, from], nodes);
        const consistency = consistencyRanges(from, size).map((range) => rangeHash(range, nodes));
        expect(verifyConsistency(from, size, older, root, consistency)).toBe(true);
        if (consistency.length > 0) {
          const forged = [...consistency];
          forged[0] = Buffer.alloc(32, 0xff);
          expect(verifyConsistency(from, size, older, root, forged)).toBe(false);
        }
        if (from < size) expect(verifyConsistency(from, size, Buffer.alloc(32, 7), root, consistency)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
