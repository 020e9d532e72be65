import { createHash } from 'node:crypto';

/**
 * A second, deliberately naive RFC 9162 implementation (recursive, from the list of all leaves), kept for
 * tests to check the stored tree and the served proofs against: it shares no code with lib/ledger.
 *
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0) over the ledger's record hashes, in
 * sequence order: leaf = SHA-256(0x00 || record hash), node = SHA-256(0x01 || left || right).
 * An inclusion proof shows a record is in the tree a signed checkpoint commits to.
 */
const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

const leafHash = (recordHashHex: string) => sha256(LEAF, Buffer.from(recordHashHex, 'hex'));

/** The largest power of two smaller than n (n > 1). */
const split = (n: number) => 2 ** Math.floor(Math.log2(n - 1));

function treeHash(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0] as Buffer;
  const k = split(leaves.length);
  return sha256(NODE, treeHash(leaves.slice(0, k)), treeHash(leaves.slice(k)));
}

function path(index: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return index < k
    ? [...path(index, leaves.slice(0, k)), treeHash(leaves.slice(k))]
    : [...path(index - k, leaves.slice(k)), treeHash(leaves.slice(0, k))];
}

export function merkleRoot(recordHashes: string[]): string {
  return treeHash(recordHashes.map(leafHash)).toString('hex');
}

export function inclusionProof(index: number, recordHashes: string[]): string[] {
  return path(index, recordHashes.map(leafHash)).map((hash) => hash.toString('hex'));
}

/** RFC 9162 §2.1.3.2: does `proof` place the record at `index` in a tree of `size` with this root? */
export function verifyInclusion(index: number, size: number, recordHashHex: string, proof: string[], rootHex: string): boolean {
  if (index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash(recordHashHex);
  for (const hex of proof) {
    const p = Buffer.from(hex, 'hex');
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = sha256(NODE, p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = sha256(NODE, r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.toString('hex') === rootHex;
}

/** RFC 9162 §2.1.4.1 SUBPROOF, computed naively from all the leaves: the consistency proof from `from` to the whole list. */
export function consistencyProof(from: number, recordHashes: string[]): string[] {
  const subproof = (m: number, leaves: Buffer[], whole: boolean): Buffer[] => {
    if (m === leaves.length) return whole ? [] : [treeHash(leaves)];
    const k = split(leaves.length);
    return m <= k ? [...subproof(m, leaves.slice(0, k), whole), treeHash(leaves.slice(k))] : [...subproof(m - k, leaves.slice(k), false), treeHash(leaves.slice(0, k))];
  };
  return from > 0 && from < recordHashes.length ? subproof(from, recordHashes.map(leafHash), true).map((hash) => hash.toString('hex')) : [];
}
