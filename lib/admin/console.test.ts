import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AcceptanceInput, appendAcceptances, verifyLedger } from '@/lib/ledger/records';
import { adminAuditLog, user } from '@/lib/db/schema';
import { ENGINES, useTestDatabase } from '@/test-support/databases';
import { listAuditEntries, logAdminAction } from './audit-log';
import { erasePersonalData } from './erasure';
import { exportCheckpoint, exportLines } from './export';
import { csvField } from './export-format';
import { grantAdmin, isAdmin } from './operators';
import { parseRecordFilter } from './record-filter';
import { proveRecord } from './record-proof';
import { getRecord, listRecords } from './records';
import { acceptanceStats } from './stats';

const SECRET = 'console-test-secret-console-test-secret-01';
const TERMS = 'product-terms-of-service';

const input = (n: number, overrides: Partial<AcceptanceInput> = {}): AcceptanceInput => ({
  userId: `user-${n % 10}`,
  agreement: n % 2 === 0 ? TERMS : 'kmct-service-agreement',
  version: n % 4 === 0 ? 'v2' : 'v1',
  language: 'en',
  contentSha256: 'a'.repeat(64),
  method: n % 3 === 0 ? 'api' : 'signup-checkbox',
  wordingSha256: 'b'.repeat(64),
  email: `person${n % 10}@example.com`,
  ipAddress: '203.0.113.7',
  userAgent: 'Test/1.0',
  hostUserId: `customer-${n % 10}`,
  pageUrl: `https://shop.example/terms?ref=${n}`,
  referrer: 'https://shop.example/cart',
  clientTimeZone: null,
  ...overrides,
});

const collect = async (lines: AsyncGenerator<string>) => {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
};

describe.each(ENGINES)('operator console on %s', (engine) => {
  const testDatabase = useTestDatabase(engine);
  const db = () => testDatabase().db;
  beforeAll(async () => {
    // 120 records: agreements alternate, every fourth is v2, every third came through the API.
    await db().transaction((tx) => appendAcceptances(tx, SECRET, Array.from({ length: 120 }, (_, i) => input(i + 1))));
  });

  it('filters and pages newest first, each page after the last', async () => {
    const { filter } = parseRecordFilter({ agreement: TERMS, method: 'api' });
    const first = await listRecords(db(), SECRET, filter, { limit: 7 });
    expect(first.records.map((record) => record.seq)).toEqual([120, 114, 108, 102, 96, 90, 84]);
    const second = await listRecords(db(), SECRET, filter, { before: first.nextBefore ?? 0, limit: 7 });
    expect(second.records.map((record) => record.seq)).toEqual([78, 72, 66, 60, 54, 48, 42]);
    const last = await listRecords(db(), SECRET, filter, { before: 12, limit: 7 });
    expect(last).toEqual({ records: [expect.objectContaining({ seq: 6 })], nextBefore: null });
  });

  it('finds a person by email through the pseudonym, case-insensitively', async () => {
    const { records } = await listRecords(db(), SECRET, parseRecordFilter({ email: 'Person3@Example.com' }).filter, { limit: 50 });
    expect(records.map((record) => record.seq)).toEqual([113, 103, 93, 83, 73, 63, 53, 43, 33, 23, 13, 3]);
    expect(records.every((record) => record.email === 'person3@example.com')).toBe(true);
  });

  it('names each invalid filter field and keeps the valid ones', () => {
    expect(parseRecordFilter({ agreement: TERMS, method: 'fax', from: '2026-13-01', to: 'soon', email: 'nobody' })).toEqual({
      filter: { agreement: TERMS },
      errors: { method: 'is not a known method', from: 'is not a real date', to: 'must be a date written YYYY-MM-DD', email: 'must be an email address' },
    });
    expect(parseRecordFilter({ from: '2026-02-01', to: '2026-01-01' }).errors).toEqual({ to: 'must not be before "from"' });
    // A day the calendar does not have, though Date.parse would roll it over to March.
    expect(parseRecordFilter({ from: '2026-02-30' }).errors).toEqual({ from: 'is not a real date' });
  });

  it('exports exactly the filtered records up to a signed checkpoint, as CSV and JSON Lines', async () => {
    const { filter } = parseRecordFilter({ version: 'v2' });
    const signed = await exportCheckpoint(db(), SECRET);
    expect(signed.checkpoint.size).toBe(120);
    const csv = await collect(exportLines(db(), SECRET, filter, 'csv', signed));
    expect(csv[0]).toBe('seq,id,recordedAt,userId,agreement,version,language,method,contentSha256,email,ipAddress,userAgent,erasedAt\r\n');
    expect(csv.slice(1).map((line) => Number(line.split(',')[0]))).toEqual(Array.from({ length: 30 }, (_, i) => (i + 1) * 4));
    const jsonl = await collect(exportLines(db(), SECRET, filter, 'jsonl', signed));
    expect(JSON.parse(jsonl[0] ?? '')).toEqual(signed);
    expect(jsonl.slice(1).map((line) => (JSON.parse(line) as { version: string }).version)).toEqual(Array(30).fill('v2'));
    // Records appended after the checkpoint are not in it.
    await db().transaction((tx) => appendAcceptances(tx, SECRET, [input(124)]));
    expect(await collect(exportLines(db(), SECRET, filter, 'csv', signed))).toHaveLength(31);
  });

  it('keeps CSV fields quoted and spreadsheet formulas inert', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
  });

  it('erases a user’s personal data; the ledger and each record still verify', async () => {
    expect(await erasePersonalData(db(), 'user-3')).toBe(12);
    expect(await erasePersonalData(db(), 'user-3')).toBe(0);
    const erased = await getRecord(db(), 3);
    expect(erased).toMatchObject({ userId: 'user-3', email: null, ipAddress: null, userAgent: null, hostUserId: null, pageUrl: null, referrer: null, erasedAt: expect.any(Date) });
    expect(await getRecord(db(), 4)).toMatchObject({ email: 'person4@example.com', hostUserId: 'customer-4', pageUrl: 'https://shop.example/terms', referrer: 'https://shop.example/cart' });
    expect(await verifyLedger(db())).toMatchObject({ ok: true, size: 121 });
    expect(await proveRecord(db(), 3)).toMatchObject({ seq: 3, ledgerSize: 121, hashMatches: true, linksToPrevious: true, linkedByNext: true });
    expect(await proveRecord(db(), 121)).toMatchObject({ linkedByNext: null, hashMatches: true });
    expect(await proveRecord(db(), 999)).toBeNull();
  });

  it('counts acceptances per version and the users who must accept again', async () => {
    const history = { slug: TERMS, currentVersion: 'v2', versions: [{ version: 'v1', changeKind: 'initial' as const }, { version: 'v2', changeKind: 'major' as const }] };
    const [stats] = await acceptanceStats(db(), [history]);
    // Product Terms: even seqs; v2 when divisible by 4 (plus seq 124 from the export test).
    expect(stats?.versions).toEqual([
      { version: 'v1', records: 30, users: 5 },
      { version: 'v2', records: 31, users: 5 },
    ]);
    // Users 0, 2, 4, 6 and 8 each accepted v1 and then v2, the major change in force: nobody owes one.
    expect(stats?.mustReaccept).toBe(0);
    // Had v2 been minor and a major v3 come into force, all five would.
    const [minorOnly] = await acceptanceStats(db(), [{ ...history, versions: [history.versions[0] ?? { version: 'v1', changeKind: 'initial' }, { version: 'v2', changeKind: 'minor' }, { version: 'v3', changeKind: 'major' }], currentVersion: 'v3' }]);
    expect(minorOnly?.mustReaccept).toBe(5);
  });

  it('grants the admin role only to an existing account', async () => {
    // An account exists only together with its acceptances (a trigger checks at commit).
    await db().transaction(async (tx) => {
      await tx.insert(user).values({ id: 'u-admin', name: 'Ops', email: 'Ops@Example.com' });
      await appendAcceptances(tx, SECRET, [{ ...input(200), userId: 'u-admin' }]);
    });
    expect(await isAdmin(db(), 'u-admin')).toBe(false);
    expect(await grantAdmin(db(), 'ops@example.com')).toEqual({ userId: 'u-admin' });
    expect(await grantAdmin(db(), 'ops@example.com')).toEqual({ userId: 'u-admin' });
    expect(await isAdmin(db(), 'u-admin')).toBe(true);
    expect(await grantAdmin(db(), 'nobody@example.com')).toBeNull();
  });

  it('keeps an append-only audit log', async () => {
    const seq = await logAdminAction(db(), 'u-admin', 'verification', { ok: true, size: 121, ms: 5 });
    expect(await listAuditEntries(db(), 10)).toEqual([{ seq, at: expect.any(Date), adminUserId: 'u-admin', action: 'verification', details: { ok: true, size: 121, ms: 5 } }]);
    const refusal = (error: unknown) => String(error instanceof Error ? error.cause : error);
    expect(refusal(await db().execute(sql`UPDATE admin_audit_log SET action = 'export'`).catch((error: unknown) => error))).toMatch(/append-only: UPDATE/);
    expect(refusal(await db().delete(adminAuditLog).catch((error: unknown) => error))).toMatch(/append-only: DELETE/);
    expect(refusal(await db().execute(sql`TRUNCATE admin_audit_log`).catch((error: unknown) => error))).toMatch(/append-only: TRUNCATE/);
    expect((await listAuditEntries(db(), 10)).map((entry) => entry.action)).toEqual(['verification']);
  });

  it('filters by UTC days, and recording times never run backwards along the chain', async () => {
    const append = (now: string, n: number) => db().transaction((tx) => appendAcceptances(tx, SECRET, [input(n)], new Date(now)));
    await append('2030-01-01T23:59:59.000Z', 200);
    await append('2030-01-02T00:00:00.000Z', 201);
    // A clock a little behind: recorded at the chain's latest time, not before it.
    const [late] = await append('2030-01-01T12:00:00.000Z', 202);
    expect(late?.recordedAt).toBe('2030-01-02T00:00:00.000Z');
    const days = async (from: string, to: string) => (await listRecords(db(), SECRET, parseRecordFilter({ from, to }).filter, { limit: 50 })).records.map((record) => record.seq);
    expect(await days('2030-01-02', '2030-01-02')).toEqual([125, 124]);
    expect(await days('2030-01-01', '2030-01-01')).toEqual([123]);
    expect(await days('2030-01-01', '2030-01-02')).toEqual([125, 124, 123]);
    expect(await days('2031-01-01', '2031-12-31')).toEqual([]);
    expect(await days('2020-01-01', '2020-12-31')).toEqual([]);
    expect(await verifyLedger(db())).toMatchObject({ ok: true, size: 125 });
  });
});
