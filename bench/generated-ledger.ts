// A generated ledger for benchmarks: a real hash chain of any size, written straight into the tables,
// and the timing helpers the ledger benchmarks share.
import { GENESIS_HASH, type HashedRecord, pseudonym, recordHash } from '../lib/ledger/record-hash';
import type { Database } from '../lib/db/open-database';
import { acceptancePersonalData, acceptanceRecord } from '../lib/db/schema';
import { percentile } from './stats';

export const SECRET = 'bench-secret-bench-secret-bench-secret-01';
const INSERT_BATCH = 2000;
const ROUNDS = 20;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const START = Date.parse('2025-11-25T00:00:00Z');
const METHODS = ['signup-checkbox', 'api', 're-acceptance'] as const;

/** Record i of the generated ledger: 200,000 users, two agreements, a year of days, mostly signups. */
export function generated(i: number, total: number, prevHash: string) {
  const seq = i + 1;
  const user = i % 200_000;
  const agreement = i % 2 === 0 ? 'product-terms-of-service' : 'kmct-service-agreement';
  const email = `user${user}@example.com`;
  const hashed: HashedRecord = {
    seq,
    id: `00000000-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`,
    recordedAt: new Date(START + Math.floor((i / total) * YEAR_MS)).toISOString(),
    userId: `user-${user}`,
    agreement,
    version: agreement === 'product-terms-of-service' ? '2020-12-31' : '2020-11-26',
    language: 'en',
    contentSha256: 'a'.repeat(64),
    action: 'accept',
    method: METHODS[i % 10 === 0 ? 1 : i % 97 === 0 ? 2 : 0] ?? 'api',
    wordingSha256: 'b'.repeat(64),
    emailPseudonym: pseudonym(SECRET, 'email', email),
    ipPseudonym: pseudonym(SECRET, 'ip', '203.0.113.7'),
    userAgentPseudonym: pseudonym(SECRET, 'user-agent', 'Bench/1.0'),
    pageUrl: 'https://accord.example/en/signup',
    referrer: null,
    clientTimeZone: 'Asia/Shanghai',
    prevHash,
  };
  return { hashed: { ...hashed, recordHash: recordHash(hashed) }, email };
}

/** Fills an empty database with `total` generated records (records and personal data only); seconds taken. */
export async function fill(db: Database, total: number): Promise<number> {
  const started = performance.now();
  let prevHash = GENESIS_HASH;
  for (let first = 0; first < total; first += INSERT_BATCH) {
    const batch = Array.from({ length: Math.min(INSERT_BATCH, total - first) }, (_, k) => {
      const record = generated(first + k, total, prevHash);
      prevHash = record.hashed.recordHash;
      return record;
    });
    await db.insert(acceptanceRecord).values(batch.map(({ hashed }) => ({ ...hashed, recordedAt: new Date(hashed.recordedAt) })));
    await db.insert(acceptancePersonalData).values(batch.map(({ hashed, email }) => ({ recordId: hashed.id, email, ipAddress: '203.0.113.7', userAgent: 'Bench/1.0' })));
  }
  return (performance.now() - started) / 1000;
}

export async function time(fn: () => Promise<unknown>, rounds = ROUNDS): Promise<{ p50: number; p95: number }> {
  const durations: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return { p50: percentile(durations, 50), p95: percentile(durations, 95) };
}

/** Peak resident memory above the starting point while `fn` runs, sampled every 20 ms. */
export async function peakMemory<T>(fn: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: (peak - base) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

