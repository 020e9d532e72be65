import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { refreshIfGrown } from './planner-statistics';

describe('refreshIfGrown', () => {
  let client: PGlite | undefined;
  afterEach(async () => client?.close());

  const estimatedRows = async (db: PGlite) => (await db.query<{ reltuples: number }>("SELECT reltuples FROM pg_class WHERE relname = 'acceptance_record'")).rows[0]?.reltuples;
  const grow = (db: PGlite, from: number, to: number) => db.exec(`INSERT INTO acceptance_record (seq) SELECT g FROM generate_series(${from}, ${to}) g`);

  it('refreshes the statistics once the ledger has doubled, from 1,000 records, and not before', async () => {
    client = new PGlite();
    await client.exec('CREATE TABLE acceptance_record (seq integer PRIMARY KEY); ANALYZE');
    await grow(client, 1, 999);
    expect(await refreshIfGrown(client, 0)).toBe(0);
    expect(await estimatedRows(client)).toBe(0);

    await grow(client, 1000, 1500);
    expect(await refreshIfGrown(client, 0)).toBe(1500);
    expect(await estimatedRows(client)).toBe(1500);

    await grow(client, 1501, 2999);
    expect(await refreshIfGrown(client, 1500)).toBe(1500);
    await grow(client, 3000, 3000);
    expect(await refreshIfGrown(client, 1500)).toBe(3000);
    expect(await estimatedRows(client)).toBe(3000);
  });
});
