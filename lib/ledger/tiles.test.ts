import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testAcceptance } from '@/test-support/acceptance-input';
import { ENGINES, useTestDatabase } from '@/test-support/databases';
import { appendAcceptances } from './records';
import { parseTilePath, readTile } from './tiles';

describe('tile paths', () => {
  it.each([
    ['0/000', { kind: 'hashes', level: 0, index: 0, width: 256 }],
    ['0/x001/x234/067', { kind: 'hashes', level: 0, index: 1234067, width: 256 }],
    ['2/001.p/17', { kind: 'hashes', level: 2, index: 1, width: 17 }],
    ['entries/x001/000.p/255', { kind: 'entries', index: 1000, width: 255 }],
    ['entries/273', { kind: 'entries', index: 273, width: 256 }],
  ])('reads %s', (path, expected) => {
    expect(parseTilePath(path.split('/'))).toEqual(expected);
  });

  it.each(['00/000', '64/000', '0/1', '0/0001', '0/x1/000', '0/001/002', '0/000.p/0', '0/000.p/256', '0/000.p/07', 'entries/000.p', '0/x000/001', 'x/000', '0', 'entries'])('refuses %s', (path) => {
    expect(parseTilePath(path.split('/'))).toBeNull();
  });
});

describe.each(ENGINES)('tiles read from %s', (engine) => {
  const testDatabase = useTestDatabase(engine);

  it('serves entry bundles and level-0 hash tiles as the spec lays them out, and nothing beyond the tree', async () => {
    const db = testDatabase().db;
    const records = await db.transaction((tx) => appendAcceptances(tx, 'tiles-secret-tiles-secret-tiles-secret-01', Array.from({ length: 300 }, (_, n) => testAcceptance(n))));
    const hashes = records.map((record) => Buffer.from(record.recordHash, 'hex'));
    const leaf = (hash: Buffer) => createHash('sha256').update(Buffer.concat([Buffer.from([0]), hash])).digest();

    expect(await readTile(db, { kind: 'entries', index: 0, width: 256 })).toEqual(Buffer.concat(hashes.slice(0, 256).flatMap((hash) => [Buffer.from([0, 32]), hash])));
    expect(await readTile(db, { kind: 'entries', index: 1, width: 44 })).toEqual(Buffer.concat(hashes.slice(256).flatMap((hash) => [Buffer.from([0, 32]), hash])));
    expect(await readTile(db, { kind: 'hashes', level: 0, index: 1, width: 44 })).toEqual(Buffer.concat(hashes.slice(256).map(leaf)));
    expect(await readTile(db, { kind: 'entries', index: 1, width: 256 })).toBeNull();
    expect(await readTile(db, { kind: 'hashes', level: 0, index: 1, width: 45 })).toBeNull();
    // Level 1 holds one hash so far: the root of the first 256 leaves.
    expect(await readTile(db, { kind: 'hashes', level: 1, index: 0, width: 1 })).toHaveLength(32);
    expect(await readTile(db, { kind: 'hashes', level: 1, index: 0, width: 2 })).toBeNull();
  });
});
