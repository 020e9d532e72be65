// The transparency log at scale: a generated ledger of 1,000,000 records (a real hash chain) on PGlite
// and on PostgreSQL, its tree backfilled as an existing ledger's would be, then: the checkpoint (served
// and recomputed), inclusion and consistency proofs and tiles (p50/p95, and memory), and appends
// through the group-commit sequencer (one acceptance per request, 10 at a time; and batches of 500)
// beside single-row INSERTs through the same driver. Figures, not tests.
// Run: npm run bench:ledger [-- <records>]   (writes bench/results/ledger.json and ledger.md)
import { writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Database } from '../lib/db/open-database';
import { appendAcceptances } from '../lib/ledger/records';
import { Sequencer } from '../lib/ledger/sequencer';
import { catchUpTree, consistencyProof, inclusionProof, treeHead } from '../lib/ledger/tree-store';
import { readTile } from '../lib/ledger/tiles';
import { testAcceptance } from '../test-support/acceptance-input';
import { createTestDatabase } from '../test-support/databases';
import { fill, peakMemory, SECRET, time } from './generated-ledger';
import { ms, ratio } from './stats';

const RECORDS = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = 200;
const APPENDS = 2000;
const CONNECTIONS = 10;
const random = (below: number) => Math.floor(Math.random() * below);

/** `total` operations, `concurrency` at a time; operations per second. */
async function rate(total: number, concurrency: number, operation: (n: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await operation(next++);
    }),
  );
  return Math.round(total / ((performance.now() - started) / 1000));
}

async function measure(engine: 'pglite' | 'postgres') {
  const database = await createTestDatabase(engine);
  const db: Database = database.db;
  try {
    console.log(`[bench:ledger] ${engine}: generating ${RECORDS.toLocaleString('en')} records …`);
    const fillSeconds = await fill(db, RECORDS);
    console.log(`[bench:ledger] ${engine}: backfilling the tree …`);
    const backfillStarted = performance.now();
    await catchUpTree(db);
    const backfillSeconds = (performance.now() - backfillStarted) / 1000;
    if (engine === 'pglite') await db.execute(sql`ANALYZE`);
    const size = RECORDS;
    const reads = await peakMemory(async () => ({
      checkpoint: await time(() => treeHead(db, size), ROUNDS),
      inclusion: await time(() => inclusionProof(db, random(size), size), ROUNDS),
      consistency: await time(async () => {
        const from = 1 + random(size - 1);
        return consistencyProof(db, from, from + random(size - from) + 1);
      }, ROUNDS),
      fullTile: await time(() => readTile(db, { kind: 'hashes', level: 0, index: random(Math.floor(size / 256)), width: 256 }), ROUNDS),
      entries: await time(() => readTile(db, { kind: 'entries', index: random(Math.floor(size / 256)), width: 256 }), ROUNDS),
      upperTile: await time(() => readTile(db, { kind: 'hashes', level: 1, index: 0, width: Math.min(255, Math.floor(size / 65536)) || 1 }), ROUNDS),
    }));
    console.log(`[bench:ledger] ${engine}: appends …`);
    await db.execute(sql`CREATE TABLE raw_insert (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)`);
    const payload = JSON.stringify(testAcceptance(0));
    const rawRate = await rate(APPENDS, CONNECTIONS, () => db.execute(sql`INSERT INTO raw_insert (payload) VALUES (${payload})`));
    const sequencer = new Sequencer(db, SECRET);
    const singleRate = await rate(APPENDS, CONNECTIONS, (n) => sequencer.submit({ pure: true, prepare: async () => ({ inputs: [testAcceptance(RECORDS + n)], finish: async () => undefined }) }));
    const batchStarted = performance.now();
    for (let first = 0; first < APPENDS * 5; first += 500) {
      await db.transaction((tx) => appendAcceptances(tx, SECRET, Array.from({ length: 500 }, (_, k) => testAcceptance(RECORDS + APPENDS + first + k))));
    }
    const batchRate = Math.round((APPENDS * 5) / ((performance.now() - batchStarted) / 1000));
    return { engine, records: RECORDS, fillSeconds, backfillSeconds, reads: reads.result, readsPeakMb: reads.peakMb, rawRate, singleRate, batchRate };
  } finally {
    await database.dispose();
  }
}

const results = [await measure('pglite'), await measure('postgres')];
writeFileSync('bench/results/ledger.json', `${JSON.stringify(results, null, 2)}\n`);
const row = (name: string, key: keyof (typeof results)[number]['reads'], target: number) =>
  `| ${name} | ${results.map((result) => `${ms(result.reads[key].p50)} / ${ms(result.reads[key].p95)}`).join(' | ')} | < ${target} ms — ${results.every((result) => result.reads[key].p95 < target) ? 'met' : 'not met'} |`;
const report = [
  `## Transparency log at ${RECORDS.toLocaleString('en')} records`,
  '',
  `${RECORDS.toLocaleString('en')} generated records (a valid hash chain) written straight into the tables, then the stored tree backfilled as an existing ledger's is when the app opens it; each read measured ${ROUNDS} times at random positions, as the routes call it (without HTTP). Appends: ${APPENDS.toLocaleString('en')} acceptances through the group-commit sequencer, ${CONNECTIONS} at a time (items that touch no database, as the API's are: written by one statement a batch), and ${(APPENDS * 5).toLocaleString('en')} in batches of 500, beside ${APPENDS.toLocaleString('en')} single-row INSERTs of the same JSON into a one-table schema through the same driver, ${CONNECTIONS} at a time.`,
  '',
  '| read (p50 / p95) | PGlite | PostgreSQL | target |',
  '| --- | ---: | ---: | --- |',
  row('checkpoint (root of the whole tree)', 'checkpoint', 5),
  row('inclusion proof', 'inclusion', 10),
  row('consistency proof', 'consistency', 10),
  row('full hash tile (level 0)', 'fullTile', 5),
  row('entry bundle (256 entries)', 'entries', 5),
  row('level-1 tile', 'upperTile', 5),
  '',
  `Memory while reading (peak above the start): ${results.map((result) => `${result.engine} ${result.readsPeakMb.toFixed(0)} MB`).join(', ')}.`,
  `Generating the ledger: ${results.map((result) => `${result.engine} ${result.fillSeconds.toFixed(0)} s`).join(', ')}; backfilling its tree (the one-time migration): ${results.map((result) => `${result.engine} ${result.backfillSeconds.toFixed(0)} s`).join(', ')}.`,
  '',
  '| appends | PGlite | PostgreSQL |',
  '| --- | ---: | ---: |',
  `| raw single-row INSERTs/s (baseline) | ${results.map((result) => result.rawRate.toLocaleString('en')).join(' | ')} |`,
  `| one acceptance per request, group commit, records/s | ${results.map((result) => `${result.singleRate.toLocaleString('en')} (${ratio(result.singleRate, result.rawRate)})`).join(' | ')} |`,
  `| batches of 500, records/s | ${results.map((result) => `${result.batchRate.toLocaleString('en')} (${ratio(result.batchRate, result.rawRate)})`).join(' | ')} |`,
  '',
].join('\n');
writeFileSync('bench/results/ledger.md', report);
console.log(report);
