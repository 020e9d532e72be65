import { problem } from '@/lib/api/problem';
import { handleApi } from '@/lib/api/route-handler';
import { parseTilePath, readTile, TILE_WIDTH } from '@/lib/ledger/tiles';

export const dynamic = 'force-dynamic';

/**
 * C2SP tlog-tiles (https://c2sp.org/tlog-tiles): hash tiles at `/ledger/tile/<L>/<N>[.p/<W>]`, entry
 * bundles at `/ledger/tile/entries/<N>[.p/<W>]`. A full tile never changes: cached for a year.
 */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const tile = parseTilePath((await params).path);
  if (!tile) return problem(404, 'No such tile', 'Tile paths are /ledger/tile/<L>/<N>[.p/<W>] or /ledger/tile/entries/<N>[.p/<W>], as C2SP tlog-tiles writes them.');
  return handleApi(request, async (db) => {
    const bytes = await readTile(db, tile);
    if (!bytes) return problem(404, 'No such tile', 'The ledger does not have that tile (yet).');
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': 'application/octet-stream',
        'cache-control': tile.width === TILE_WIDTH ? 'public, max-age=31536000, immutable' : 'public, max-age=10',
      },
    });
  });
}
