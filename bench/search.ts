// Search benchmark: query latency and index size on the real corpus and on 1,000 generated
// agreements, beside a naive substring scan measured in the same run. A figure, not a test.
// Run: npm run bench:search   (writes bench/results/search.json and search.md)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readAllVersions } from '../lib/content/repository';
import { ClauseSearch } from '../lib/search/engine';
import { searchEntries } from '../lib/search/entries';
import type { SearchEntry } from '../lib/search/types';
import { kb, ms, percentile, ratio, timeCalls } from './stats';

const QUERIES = ['suspend', 'suspnd', 'charges', 'billing cycle', '"force majeure"', 'transc', 'kingsoft cloud service', 'personal data', 'microsoft software', 'termination'];
const GENERATED_DOCUMENTS = 1000;

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same corpus. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Agreement-sized documents made of the real clauses with their words shuffled. */
function generate(real: SearchEntry[], documents: number): SearchEntry[] {
  const next = random(42);
  const vocabulary = real.flatMap((entry) => entry.text.split(/\s+/));
  const perDocument = real.length / 2;
  return Array.from({ length: documents * perDocument }, (_, i) => {
    const template = real[Math.floor(next() * real.length)] as SearchEntry;
    const length = template.text.split(/\s+/).length;
    const text = Array.from({ length }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
    const slug = `generated-${Math.floor(i / perDocument)}`;
    return { ...template, id: `${slug}#${i}`, slug, anchor: `clause-${i}`, text };
  });
}

/** The baseline: lower-case every clause once, then keep those containing every query word. */
function naiveScan(entries: SearchEntry[]) {
  const texts = entries.map((entry) => entry.text.toLowerCase());
  return (query: string) => {
    const words = query.toLowerCase().replace(/"/g, '').split(/\s+/).filter(Boolean);
    return texts.filter((text) => words.every((word) => text.includes(word)));
  };
}

function measure(name: string, entries: SearchEntry[], rounds: number) {
  const buildStart = performance.now();
  const search = ClauseSearch.build(entries);
  const buildMs = performance.now() - buildStart;
  const json = JSON.stringify(search.serialize());
  const engine = timeCalls(QUERIES, rounds, (query) => search.search(query, 'all'));
  const scan = naiveScan(entries);
  const naive = timeCalls(QUERIES, rounds, scan);
  return {
    corpus: name,
    clauses: entries.length,
    queries: engine.length,
    buildMs,
    indexBytes: Buffer.byteLength(json),
    indexGzipBytes: gzipSync(json).length,
    engine: { p50: percentile(engine, 50), p95: percentile(engine, 95) },
    naive: { p50: percentile(naive, 50), p95: percentile(naive, 95) },
  };
}

const real = readAllVersions(path.resolve('content')).flatMap(searchEntries);
const results = [measure('real (2 agreements)', real, 200), measure(`generated (${GENERATED_DOCUMENTS} agreements)`, generate(real, GENERATED_DOCUMENTS), 3)];

const table = [
  '| corpus | clauses | index (raw / gzip) | build | MiniSearch p50 / p95 | naive scan p50 / p95 | p95 vs naive |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.corpus} | ${r.clauses} | ${kb(r.indexBytes)} / ${kb(r.indexGzipBytes)} | ${ms(r.buildMs)} | ${ms(r.engine.p50)} / ${ms(r.engine.p95)} | ${ms(r.naive.p50)} / ${ms(r.naive.p95)} | ${ratio(r.engine.p95, r.naive.p95)} |`,
  ),
].join('\n');

const report = `## Search\n\nQueries: ${QUERIES.map((query) => `\`${query}\``).join(', ')}; each timed in one process on Node ${process.version}. The naive scan only matches exact lower-case substrings (no typos, word forms, ranking or snippets), so it answers less than MiniSearch does.\n\n${table}\n`;
writeFileSync('bench/results/search.json', `${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
writeFileSync('bench/results/search.md', report);
console.log(report);
