// Operator console at scale: 1,000,000 generated acceptance records (a real hash chain), on PGlite and
// on PostgreSQL. Measures the records page's query per filter beside a bare primary-key page, the
// streamed CSV export beside a bare keyset scan of the same rows (throughput and peak memory), and a
// full ledger verification. A figure, not a test.
// Run: npm run bench:console [-- <records>]   (writes bench/results/console.json and console.md)
import { writeFileSync } from 'node:fs';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { verifyLedger } from '../lib/ledger/records';
import { exportCheckpoint, exportLines } from '../lib/admin/export';
import { parseRecordFilter } from '../lib/admin/record-filter';
import { listRecords } from '../lib/admin/records';
import { acceptanceRecord } from '../lib/db/schema';
import { createTestDatabase } from '../test-support/databases';
import { fill, peakMemory, SECRET, time } from './generated-ledger';
import { ms, ratio } from './stats';

const RECORDS = Number(process.argv[2] ?? 1_000_000);

const FILTERS: [string, Record<string, string>, number | undefined][] = [
  ['newest page, no filter', {}, undefined],
  ['agreement + method', { agreement: 'product-terms-of-service', method: 'api' }, undefined],
  ['one user by email', { email: 'user4242@example.com' }, undefined],
  ['one day', { from: '2026-05-01', to: '2026-05-01' }, undefined],
  ['version, page 10,000 deep', { version: '2020-11-26' }, Math.floor(RECORDS / 2)],
  ['rare method (re-acceptance)', { method: 're-acceptance' }, undefined],
];

async function measure(engine: 'pglite' | 'postgres') {
  const database = await createTestDatabase(engine);
  const { db } = database;
  try {
    console.log(`${engine}: generating ${RECORDS.toLocaleString('en')} records …`);
    const fillSeconds = await fill(db, RECORDS);
    // Planner statistics, as PostgreSQL's autovacuum (and Accord's opening of PGlite) keep them.
    await db.execute(sql`ANALYZE`);
    const baseline = await time(() => db.select({ seq: acceptanceRecord.seq }).from(acceptanceRecord).orderBy(desc(acceptanceRecord.seq)).limit(50));
    const pages = [];
    for (const [name, params, before] of FILTERS) {
      const { filter } = parseRecordFilter(params);
      const timing = await time(() => listRecords(db, SECRET, filter, { before, limit: 50 }));
      pages.push({ name, ...timing });
    }

    const scan = await peakMemory(async () => {
      const start = performance.now();
      let after = 0;
      let rows = 0;
      for (;;) {
        const batch = await db.select().from(acceptanceRecord).where(gt(acceptanceRecord.seq, after)).orderBy(asc(acceptanceRecord.seq)).limit(1000);
        rows += batch.length;
        if (batch.length < 1000) break;
        after = batch.at(-1)?.seq ?? after;
      }
      return { rows, seconds: (performance.now() - start) / 1000 };
    });
    const exported = await peakMemory(async () => {
      const start = performance.now();
      const signed = await exportCheckpoint(db, SECRET);
      let bytes = 0;
      let lines = 0;
      for await (const line of exportLines(db, SECRET, {}, 'csv', signed)) {
        bytes += Buffer.byteLength(line);
        lines++;
      }
      return { rows: lines - 1, bytes, seconds: (performance.now() - start) / 1000 };
    });
    const verifyStart = performance.now();
    const verification = await verifyLedger(db);
    const verifySeconds = (performance.now() - verifyStart) / 1000;
    return { engine, records: RECORDS, fillSeconds, baseline, pages, scan: { ...scan.result, peakMb: scan.peakMb }, export: { ...exported.result, peakMb: exported.peakMb }, verification: { ok: verification.ok, seconds: verifySeconds } };
  } finally {
    await database.dispose();
  }
}

const results = [];
for (const engine of ['pglite', 'postgres'] as const) results.push(await measure(engine));

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const report = [
  `# Operator console at ${RECORDS.toLocaleString('en')} records`,
  '',
  `Command: \`npm run bench:console\` on this machine (Node ${process.version}, ${new Date().toISOString().slice(0, 10)}). Generated records form a valid hash chain (200,000 users, one year of days); each engine gets a fresh database.`,
  '',
  ...results.flatMap((result) => [
    `## ${result.engine === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL 15'}`,
    '',
    `Generating and inserting: ${result.fillSeconds.toFixed(0)} s.`,
    '',
    '| records page (50 rows) | p50 | p95 | p50 vs baseline |',
    '| --- | ---: | ---: | ---: |',
    `| baseline: bare primary-key page, no join | ${ms(result.baseline.p50)} | ${ms(result.baseline.p95)} | 1.00× |`,
    ...result.pages.map((page) => `| ${page.name} | ${ms(page.p50)} | ${ms(page.p95)} | ${ratio(page.p50, result.baseline.p50)} |`),
    '',
    '| streaming all records | rows/s | MB/s | peak extra memory |',
    '| --- | ---: | ---: | ---: |',
    `| baseline: bare keyset scan, 1,000 a batch | ${Math.round(result.scan.rows / result.scan.seconds).toLocaleString('en')} | — | ${result.scan.peakMb.toFixed(0)} MB |`,
    `| CSV export (${mb(result.export.bytes)} MB) | ${Math.round(result.export.rows / result.export.seconds).toLocaleString('en')} (${ratio(result.export.rows / result.export.seconds, result.scan.rows / result.scan.seconds)}) | ${(result.export.bytes / 1024 / 1024 / result.export.seconds).toFixed(1)} | ${result.export.peakMb.toFixed(0)} MB |`,
    '',
    `Full ledger verification: ${result.verification.ok ? 'verifies' : 'FAILS'} in ${result.verification.seconds.toFixed(1)} s.`,
    '',
  ]),
].join('\n');
writeFileSync('bench/results/console.json', `${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
writeFileSync('bench/results/console.md', report);
console.log(report);
