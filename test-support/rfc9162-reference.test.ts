import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inclusionProof, merkleRoot, verifyInclusion } from './rfc9162-reference';

const hashes = (n: number) => Array.from({ length: n }, (_, i) => i.toString(16).padStart(64, '0'));

describe('RFC 9162 Merkle tree', () => {
  it('every record of every tree size proves its inclusion, and only at its own index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.nat(), (size, pick) => {
        const leaves = hashes(size);
        const index = pick % size;
        const root = merkleRoot(leaves);
        const proof = inclusionProof(index, leaves);
        expect(verifyInclusion(index, size, leaves[index] ?? '', proof, root)).toBe(true);
        if (size > 1) expect(verifyInclusion((index + 1) % size, size, leaves[index] ?? '', proof, root)).toBe(false);
      }),
    );
  });

  it('rejects an altered record, proof or root', () => {
    const leaves = hashes(13);
    const root = merkleRoot(leaves);
    const proof = inclusionProof(6, leaves);
    expect(verifyInclusion(6, 13, 'f'.repeat(64), proof, root)).toBe(false);
    expect(verifyInclusion(6, 13, leaves[6] ?? '', [...proof.slice(1), proof[0] ?? ''], root)).toBe(false);
    expect(verifyInclusion(6, 13, leaves[6] ?? '', proof, merkleRoot(hashes(12)))).toBe(false);
  });
});
