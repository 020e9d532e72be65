import type { PGlite } from '@electric-sql/pglite';

/** How often the ledger's size is looked at. */
const CHECK_EVERY_MS = 2000;
/** Below this many records the statistics taken at opening serve. */
const FIRST_REFRESH_AT = 1000;

const ledgerSize = async (client: PGlite) =>
  Number((await client.query<{ size: number }>('SELECT coalesce(max(seq), 0)::int AS size FROM acceptance_record')).rows[0]?.size ?? 0);

/**
 * Runs ANALYZE when the ledger has grown to twice `analyzedAt` records (and at least FIRST_REFRESH_AT)
 * and returns the size the statistics now describe.
 */
export async function refreshIfGrown(client: PGlite, analyzedAt: number): Promise<number> {
  const size = await ledgerSize(client);
  if (size < Math.max(FIRST_REFRESH_AT, 2 * analyzedAt)) return analyzedAt;
  await client.exec('ANALYZE');
  return size;
}

/**
 * PGlite runs no autovacuum, so nothing refreshes the planner's statistics as tables grow; a plan cached
 * while a table was small stays for the life of the session (a foreign-key check planned as a
 * sequential scan made every append slower as the ledger grew, linearly). This runs ANALYZE at opening
 * and again whenever the ledger has doubled since: a few times over a ledger's life, each one
 * invalidating the cached plans of the tables it measured. Returns the function that stops it.
 */
export async function keepStatisticsCurrent(client: PGlite): Promise<() => void> {
  await client.exec('ANALYZE');
  let analyzedAt = await ledgerSize(client);
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    refreshIfGrown(client, analyzedAt)
      .then((size) => {
        analyzedAt = size;
      })
      // A closed or busy database: the next check tries again.
      .catch(() => undefined)
      .finally(() => {
        checking = false;
      });
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
