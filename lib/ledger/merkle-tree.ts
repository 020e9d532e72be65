import { hash as digest } from 'node:crypto';

/**
 * The Merkle tree of RFC 9162 (RFC 6962), as stored: every *perfect* subtree's hash is kept, named by
 * its level (height) and index, so that node (level, index) covers leaves [index·2^level,
 * (index+1)·2^level). Any tree hash, inclusion proof or consistency proof for any tree size is then a
 * fold over O(log n) stored nodes: see `nodesFor…` (which nodes to read) and the functions that
 * compute from them.
 */
export type Hash = Buffer;

const sha256 = (...parts: Buffer[]): Hash => digest('sha256', Buffer.concat(parts), 'buffer');
const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);

/** MTH of the empty tree. */
export const EMPTY_ROOT: Hash = sha256();
export const leafHash = (data: Buffer): Hash => sha256(LEAF_PREFIX, data);
export const nodeHash = (left: Hash, right: Hash): Hash => sha256(NODE_PREFIX, left, right);

export interface NodeId {
  level: number;
  index: number;
}

export interface StoredNode extends NodeId {
  hash: Hash;
}

export const nodeKey = ({ level, index }: NodeId) => `${level}/${index}`;

/** The perfect subtrees that make up leaves [start, end), left to right (start aligned as RFC 9162 ranges are). */
export function perfectSubtrees(start: number, end: number): NodeId[] {
  const nodes: NodeId[] = [];
  let at = start;
  while (at < end) {
    // The largest power of two that both fits and keeps `at` aligned.
    let level = Math.floor(Math.log2(end - at));
    while (at % 2 ** level !== 0) level--;
    nodes.push({ level, index: at / 2 ** level });
    at += 2 ** level;
  }
  return nodes;
}

/** The largest power of two smaller than n (n > 1): RFC 9162's split point. */
const split = (n: number) => 2 ** Math.floor(Math.log2(n - 1));

type Range = [start: number, end: number];

/** RFC 9162 §2.1.3.1 PATH(m, D[0:n]) as the leaf ranges whose hashes make the proof, in proof order. */
export function inclusionRanges(index: number, size: number): Range[] {
  const ranges: Range[] = [];
  const walk = (m: number, start: number, end: number) => {
    const n = end - start;
    if (n <= 1) return;
    const k = split(n);
    if (m < k) {
      walk(m, start, start + k);
      ranges.push([start + k, end]);
    } else {
      walk(m - k, start + k, end);
      ranges.push([start, start + k]);
    }
  };
  walk(index, 0, size);
  return ranges;
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[0:n]) as leaf ranges, in proof order. */
export function consistencyRanges(from: number, to: number): Range[] {
  const ranges: Range[] = [];
  const subproof = (m: number, start: number, end: number, whole: boolean) => {
    const n = end - start;
    if (m === n) {
      if (!whole) ranges.push([start, end]);
      return;
    }
    const k = split(n);
    if (m <= k) {
      subproof(m, start, start + k, whole);
      ranges.push([start + k, end]);
    } else {
      subproof(m - k, start + k, end, false);
      ranges.push([start, start + k]);
    }
  };
  if (from > 0 && from < to) subproof(from, 0, to, true);
  return ranges;
}

/** The stored nodes needed to hash each of `ranges`. */
export const nodesForRanges = (ranges: Range[]): NodeId[] => ranges.flatMap(([start, end]) => perfectSubtrees(start, end));

/** MTH(D[start:end]) from the stored nodes (folded right to left, as RFC 9162 splits). */
export function rangeHash([start, end]: Range, nodes: Map<string, Hash>): Hash {
  if (start === end) return EMPTY_ROOT;
  const parts = perfectSubtrees(start, end).map((node) => {
    const hash = nodes.get(nodeKey(node));
    if (!hash) throw new Error(`tree node ${nodeKey(node)} is missing`);
    return hash;
  });
  return parts.reduceRight((right, left) => nodeHash(left, right));
}

/**
 * The nodes that become complete when `leaves` are appended to a tree of `size` leaves whose right
 * edge (its perfect subtrees, `perfectSubtrees(0, size)`) is `frontier`: each new leaf, and every
 * parent it completes; and the right edge of the tree they make.
 */
export function appendNodes(size: number, frontier: StoredNode[], leaves: Hash[]): { created: StoredNode[]; frontier: StoredNode[] } {
  const stack = [...frontier];
  const created: StoredNode[] = [];
  for (const [offset, hash] of leaves.entries()) {
    let node: StoredNode = { level: 0, index: size + offset, hash };
    created.push(node);
    // While the new node is a right child, its parent is now complete.
    while (node.index % 2 === 1) {
      const left = stack.pop();
      if (!left || left.level !== node.level || left.index !== node.index - 1) throw new Error(`tree frontier does not match size ${size}`);
      node = { level: node.level + 1, index: node.index >> 1, hash: nodeHash(left.hash, node.hash) };
      created.push(node);
    }
    stack.push(node);
  }
  return { created, frontier: stack };
}

/** RFC 9162 §2.1.3.2: does `proof` place `leaf` (a leaf hash) at `index` in the tree of `size` with `root`? */
export function verifyInclusion(index: number, size: number, leaf: Hash, proof: Hash[], root: Hash): boolean {
  if (index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree of `size2` with `root2` extends the tree of `size1` with `root1`? */
export function verifyConsistency(size1: number, size2: number, root1: Hash, root2: Hash, proof: Hash[]): boolean {
  if (size1 < 1 || size1 > size2) return false;
  if (size1 === size2) return proof.length === 0 && root1.equals(root2);
  if (proof.length === 0) return false;
  const path = size1 === 2 ** Math.floor(Math.log2(size1)) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let [fr, sr] = [path[0] as Hash, path[0] as Hash];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(root1) && sr.equals(root2);
}
