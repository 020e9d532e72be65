import { desc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { insertJsonRows } from '@/lib/db/insert-json-rows';
import { acceptanceRecord, merkleNode } from '@/lib/db/schema';
import { lockLedger } from './lock';
import { appendNodes, consistencyRanges, EMPTY_ROOT, type Hash, inclusionRanges, leafHash, type NodeId, nodeKey, nodesForRanges, perfectSubtrees, rangeHash, type StoredNode } from './merkle-tree';

/**
 * The stored nodes among `ids`, by nodeKey: one query whatever their number, the ids sent as one JSON
 * parameter (a proof needs up to 2·log2(n) nodes; an OR of that many pairs cost more to build and plan
 * than to read).
 */
async function readNodes(db: Database, ids: NodeId[]): Promise<Map<string, Hash>> {
  const unique = [...new Map(ids.map((id) => [nodeKey(id), id])).values()];
  if (unique.length === 0) return new Map();
  const wanted = JSON.stringify(unique.map((id) => ({ level: id.level, idx: id.index })));
  const rows = await db
    .select()
    .from(merkleNode)
    .where(sql`(${merkleNode.level}, ${merkleNode.idx}) in (select level, idx from json_to_recordset(${wanted}::json) as wanted(level smallint, idx bigint))`);
  return new Map(rows.map((row) => [nodeKey({ level: row.level, index: row.idx }), Buffer.from(row.hash, 'hex')]));
}

/** How many leaves the stored tree has. */
export async function treeSize(db: Database): Promise<number> {
  const [last] = await db.select({ idx: merkleNode.idx }).from(merkleNode).where(eq(merkleNode.level, 0)).orderBy(desc(merkleNode.idx)).limit(1);
  return last ? last.idx + 1 : 0;
}

/**
 * The tree's right edge after each of the last few appends, keyed by the tree's size and the record
 * hash of its last leaf (which, through the hash chain, fixes every leaf before it): the next append
 * in this process need not read it back. An append by another instance changes the head, so it is
 * read from the database then.
 */
const recentEdges = new Map<string, StoredNode[]>();
const EDGES_KEPT = 8;
const edgeKey = (size: number, lastRecordHash: string) => `${size}:${lastRecordHash}`;

/** Whether this process knows the right edge of the tree of `size` leaves ending in `lastRecordHash`'s leaf. */
export const knowsRightEdge = (size: number, lastRecordHash: string) => recentEdges.has(edgeKey(size, lastRecordHash));

async function rightEdge(tx: Database, size: number, lastRecordHash: string | null): Promise<StoredNode[]> {
  const remembered = lastRecordHash === null ? undefined : recentEdges.get(edgeKey(size, lastRecordHash));
  if (remembered) return remembered;
  const edge = perfectSubtrees(0, size);
  const stored = await readNodes(tx, edge);
  return edge.map((id) => {
    const hash = stored.get(nodeKey(id));
    if (!hash) throw new Error(`tree node ${nodeKey(id)} is missing`);
    return { ...id, hash };
  });
}

/**
 * The nodes to store when the leaves for `recordHashes` (hex, in sequence order) are added to a tree
 * of `size` leaves whose last leaf is `lastRecordHash`'s (null: not known): each leaf and every node it
 * completes. Reads the tree's right edge (O(log n) nodes) unless this process appended it. Call in the transaction that
 * appends the records, under the ledger lock, and store the nodes in it.
 */
export async function treeNodesToAppend(tx: Database, size: number, lastRecordHash: string | null, recordHashes: string[]) {
  if (recordHashes.length === 0) return [];
  const appended = appendNodes(size, await rightEdge(tx, size, lastRecordHash), recordHashes.map((hex) => leafHash(Buffer.from(hex, 'hex'))));
  const last = recordHashes.at(-1) ?? '';
  recentEdges.set(edgeKey(size + recordHashes.length, last), appended.frontier);
  if (recentEdges.size > EDGES_KEPT) recentEdges.delete(recentEdges.keys().next().value ?? '');
  return appended.created.map((node) => ({ level: node.level, idx: node.index, hash: node.hash.toString('hex') }));
}

/** MTH of the first `size` leaves. */
export async function treeHead(db: Database, size: number): Promise<Hash> {
  if (size === 0) return EMPTY_ROOT;
  return rangeHash([0, size], await readNodes(db, perfectSubtrees(0, size)));
}

/** RFC 9162 inclusion proof of leaf `index` in the tree of `size` leaves. */
export async function inclusionProof(db: Database, index: number, size: number): Promise<Hash[]> {
  const ranges = inclusionRanges(index, size);
  const nodes = await readNodes(db, nodesForRanges(ranges));
  return ranges.map((range) => rangeHash(range, nodes));
}

/** RFC 9162 consistency proof from the tree of `from` leaves to the tree of `to` leaves. */
export async function consistencyProof(db: Database, from: number, to: number): Promise<Hash[]> {
  const ranges = consistencyRanges(from, to);
  const nodes = await readNodes(db, nodesForRanges(ranges));
  return ranges.map((range) => rangeHash(range, nodes));
}

const CATCH_UP_BATCH = 5000;

/**
 * Brings the stored tree level with the records: a ledger written before the tree was stored is
 * backfilled (a batch per transaction, under the ledger lock, so appends wait rather than interleave).
 * Returns how many leaves were added.
 */
export async function catchUpTree(db: Database): Promise<number> {
  let added = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      await lockLedger(tx);
      const size = await treeSize(tx);
      const rows = await tx
        .select({ recordHash: acceptanceRecord.recordHash })
        .from(acceptanceRecord)
        .where(gt(acceptanceRecord.seq, size))
        .orderBy(acceptanceRecord.seq)
        .limit(CATCH_UP_BATCH);
      if (rows.length > 0) await insertJsonRows(tx, merkleNode, await treeNodesToAppend(tx, size, null, rows.map((row) => row.recordHash)));
      return rows.length;
    });
    added += batch;
    if (batch < CATCH_UP_BATCH) return added;
  }
}

