import 'server-only';
import { and, between, count, eq, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord, merkleNode } from '@/lib/db/schema';

/** C2SP tlog-tiles: tiles of height 8, so 256 hashes (or entries) in a full tile. */
export const TILE_WIDTH = 256;
const HEIGHT = 8;

/** A tile path after `tile/`: `<L>/<N>[.p/<W>]` for hashes, `entries/<N>[.p/<W>]` for entry bundles. */
export type TilePath = { kind: 'hashes'; level: number; index: number; width: number } | { kind: 'entries'; index: number; width: number };

const LEVEL = /^(?:0|[1-9]\d?)$/;
const WIDTH = /^[1-9]\d{0,2}$/;

/**
 * Parses the segments after `tile/`, exactly as the spec writes them: `<N>` as zero-padded 3-digit
 * elements, all but the last prefixed with "x" (1234067 is x001/x234/067), and `.p/<W>` (1 to 255, no
 * leading zeroes) only for a partial tile. Null for anything else.
 */
export function parseTilePath(segments: string[]): TilePath | null {
  const [first = '', ...rest] = segments;
  const kind = first === 'entries' ? 'entries' : 'hashes';
  if (kind === 'hashes' && (!LEVEL.test(first) || Number(first) > 63)) return null;
  let parts = rest;
  let width = TILE_WIDTH;
  const last = parts.at(-2);
  if (last?.endsWith('.p')) {
    const w = parts.at(-1) ?? '';
    if (!WIDTH.test(w) || Number(w) >= TILE_WIDTH) return null;
    width = Number(w);
    parts = [...parts.slice(0, -2), last.slice(0, -2)];
  }
  if (parts.length === 0 || parts.length > 7) return null;
  const digits = parts.map((part, i) => (i < parts.length - 1 ? /^x\d{3}$/.test(part) && part.slice(1) : /^\d{3}$/.test(part) && part));
  if (digits.some((part) => part === false)) return null;
  const index = Number(digits.join(''));
  if (!Number.isSafeInteger(index) || (parts.length > 1 && parts[0] === 'x000')) return null;
  return kind === 'entries' ? { kind, index, width } : { kind, level: Number(first), index, width };
}

/**
 * The tile's bytes, or null when the tree does not (yet) have that many hashes or entries there. The
 * database joins the tile's hashes into one value: one row to decode rather than 256.
 */
export async function readTile(db: Database, tile: TilePath): Promise<Buffer | null> {
  const first = tile.index * TILE_WIDTH;
  const last = first + tile.width - 1;
  if (tile.kind === 'entries') {
    // Each entry: its length as a big-endian uint16 (32), then the record hash it is the leaf of.
    const [row] = await db
      .select({ n: count(), hex: sql<string | null>`string_agg('0020' || ${acceptanceRecord.recordHash}, '' ORDER BY ${acceptanceRecord.seq})` })
      .from(acceptanceRecord)
      .where(between(acceptanceRecord.seq, first + 1, last + 1));
    return row?.n === tile.width && row.hex ? Buffer.from(row.hex, 'hex') : null;
  }
  if (tile.level * HEIGHT > 62) return null;
  const [row] = await db
    .select({ n: count(), hex: sql<string | null>`string_agg(${merkleNode.hash}, '' ORDER BY ${merkleNode.idx})` })
    .from(merkleNode)
    .where(and(eq(merkleNode.level, tile.level * HEIGHT), between(merkleNode.idx, first, last)));
  return row?.n === tile.width && row.hex ? Buffer.from(row.hex, 'hex') : null;
}
