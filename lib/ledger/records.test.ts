import { spawnSync } from 'node:child_process';
import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { acceptancePersonalData, acceptanceRecord, merkleNode, requestQuota } from '@/lib/db/schema';
import { createTestDatabase, ENGINES, useTestDatabase } from '@/test-support/databases';
import { lockLedger } from '@/lib/ledger/lock';
import { treeNodesToAppend } from '@/lib/ledger/tree-store';
import { type AcceptanceInput, appendAcceptances, appendAtOnce, notYetAccepted, verifyLedger } from './records';
import { GENESIS_HASH } from './record-hash';

const SECRET = 'test-secret-test-secret-test-secret-0123';

const input = (n: number, agreement = 'kmct-service-agreement'): AcceptanceInput => ({
  userId: `user-${n}`,
  agreement,
  version: '2020-11-26',
  language: 'en',
  contentSha256: 'a'.repeat(64),
  method: 'signup-checkbox',
  wordingSha256: 'b'.repeat(64),
  email: `person${n}@example.com`,
  ipAddress: '203.0.113.7',
  userAgent: 'Test/1.0',
  pageUrl: 'http://127.0.0.1/en/signup',
  referrer: null,
  clientTimeZone: 'Asia/Shanghai',
});

describe.each(ENGINES)('acceptance ledger on %s', (engine) => {
  const testDatabase = useTestDatabase(engine);

  it('chains appended records from the genesis hash and verifies them', async () => {
    const records = await testDatabase().db.transaction((tx) => appendAcceptances(tx, SECRET, [input(1), input(1, 'product-terms-of-service')]));
    expect(records.map((record) => record.seq)).toEqual([1, 2]);
    expect(records[0]?.prevHash).toBe(GENESIS_HASH);
    expect(records[1]?.prevHash).toBe(records[0]?.recordHash);
    expect(await verifyLedger(testDatabase().db)).toEqual({ ok: true, size: 2, headHash: records[1]?.recordHash, failures: [], failureCount: 0 });
  });

  it('links to the stored head when the one it remembers was rolled back or written elsewhere', async () => {
    const [here, elsewhere] = await Promise.all([createTestDatabase(engine), createTestDatabase(engine)]);
    try {
      const { db } = here;
      const [first] = await db.transaction((tx) => appendAcceptances(tx, SECRET, [input(3)]));
      // This process appended (and remembered) a record that was then rolled back.
      await expect(
        db.transaction(async (tx) => {
          await appendAcceptances(tx, SECRET, [input(4)]);
          throw new Error('rolled back after the append');
        }),
      ).rejects.toThrow('rolled back');
      const [afterRollback] = await db.transaction((tx) => appendAcceptances(tx, SECRET, [input(5)]));
      expect(afterRollback).toMatchObject({ seq: 2, prevHash: first?.recordHash });
      // Another ledger (another instance's, as far as this process can tell) moves the head it remembers.
      await elsewhere.db.transaction((tx) => appendAcceptances(tx, SECRET, [input(6), input(7)]));
      const [afterElsewhere] = await db.transaction((tx) => appendAcceptances(tx, SECRET, [input(8)]));
      expect(afterElsewhere).toMatchObject({ seq: 3, prevHash: afterRollback?.recordHash });
      expect(await verifyLedger(db)).toMatchObject({ ok: true, size: 3 });
      expect(await verifyLedger(elsewhere.db)).toMatchObject({ ok: true, size: 2 });
      // The tree edges this process remembers move on (as a backfill moves them) past the head it remembers:
      // an empty ledger's first append must not look for that head's tree in its own database.
      await elsewhere.db.transaction(async (tx) => {
        for (let n = 0; n < 10; n++) await treeNodesToAppend(tx, 0, null, [String(n).repeat(64).slice(0, 64)]);
      });
      const empty = await createTestDatabase(engine);
      try {
        expect(await empty.db.transaction((tx) => appendAcceptances(tx, SECRET, [input(9)]))).toMatchObject([{ seq: 1, prevHash: GENESIS_HASH }]);
      } finally {
        await empty.dispose();
      }
    } finally {
      await Promise.all([here.dispose(), elsewhere.dispose()]);
    }
  }, 60_000);

  it('keeps personal data out of the hashed record, only pseudonyms', async () => {
    const [row] = await testDatabase().db.select().from(acceptanceRecord).where(eq(acceptanceRecord.seq, 1));
    expect(JSON.stringify(row)).not.toContain('person1@example.com');
    expect(JSON.stringify(row)).not.toContain('203.0.113.7');
    expect(row?.emailPseudonym).toMatch(/^[0-9a-f]{64}$/);
    const [personal] = await testDatabase().db.select().from(acceptancePersonalData).where(eq(acceptancePersonalData.recordId, row?.id ?? ''));
    expect(personal).toMatchObject({ email: 'person1@example.com', ipAddress: '203.0.113.7', userAgent: 'Test/1.0' });
  });

  it('rejects UPDATE, DELETE and TRUNCATE through a normal connection, changing nothing', async () => {
    await expect(testDatabase().db.execute(sql`UPDATE acceptance_record SET version = 'forged' WHERE seq = 1`)).rejects.toThrow();
    await expect(testDatabase().db.execute(sql`DELETE FROM acceptance_record WHERE seq = 2`)).rejects.toThrow();
    await expect(testDatabase().db.execute(sql`TRUNCATE acceptance_record`)).rejects.toThrow();
    const rows = await testDatabase().db.select({ version: acceptanceRecord.version }).from(acceptanceRecord);
    expect(rows.map((row) => row.version)).toEqual(['2020-11-26', '2020-11-26']);
  });

  it('still verifies after the personal data is erased', async () => {
    await testDatabase().db.update(acceptancePersonalData).set({ email: null, ipAddress: null, userAgent: null, erasedAt: new Date() });
    expect((await verifyLedger(testDatabase().db)).ok).toBe(true);
  });

  it('never forks the chain under concurrent appends', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => testDatabase().db.transaction((tx) => appendAcceptances(tx, SECRET, [input(100 + i)]))));
    const verification = await verifyLedger(testDatabase().db);
    expect(verification).toMatchObject({ ok: true, size: 22 });
  });

  it('names every record altered behind the app’s back, not only the first', async () => {
    // A superuser disables the triggers and rewrites history in two places; the chain shows both.
    await testDatabase().db.execute(sql`ALTER TABLE acceptance_record DISABLE TRIGGER USER`);
    await testDatabase().db.execute(sql`UPDATE acceptance_record SET version = '2099-01-01' WHERE seq = 5`);
    await testDatabase().db.execute(sql`UPDATE acceptance_record SET agreement = 'forged' WHERE seq = 17`);
    await testDatabase().db.execute(sql`DELETE FROM acceptance_personal_data WHERE record_id = (SELECT id FROM acceptance_record WHERE seq = 20)`);
    await testDatabase().db.execute(sql`DELETE FROM acceptance_record WHERE seq = 20`);
    await testDatabase().db.execute(sql`ALTER TABLE acceptance_record ENABLE TRIGGER USER`);
    const verification = await verifyLedger(testDatabase().db);
    expect(verification).toMatchObject({
      ok: false,
      size: 21,
      failureCount: 3,
      failures: [
        { seq: 5, reason: 'contents do not match its hash' },
        { seq: 17, reason: 'contents do not match its hash' },
        { seq: 21, reason: 'sequence gap: expected #20; does not link to the previous record' },
      ],
    });
    const { url } = testDatabase();
    if (url) {
      // The operator's command says the same, from another process.
      const run = spawnSync('node_modules/.bin/tsx', ['scripts/ledger-verify.ts'], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('ledger does NOT verify: 3 of 21 records fail');
      expect(run.stderr).toContain('record #5');
      expect(run.stderr).toContain('record #17');
      expect(run.stderr).toContain('record #21');
    }
  }, 30_000);

  it('appends by one statement after the head it remembers, counted against a quota, or writes nothing', async () => {
    const database = await createTestDatabase(engine);
    try {
      const { db } = database;
      const limit = { max: 3, windowSeconds: 3600 };
      const hits = async () => (await db.select({ hits: requestQuota.hits }).from(requestQuota).where(eq(requestQuota.bucket, 'at-once')))[0]?.hits ?? 0;
      const size = async () => (await verifyLedger(db)).size;
      // With no head remembered for this database, it leaves the append to a transaction.
      expect(await appendAtOnce(db, SECRET, [input(10)], { bucket: 'at-once', limit })).toBeNull();
      const [first] = await db.transaction((tx) => appendAcceptances(tx, SECRET, [input(10)]));
      const records = await appendAtOnce(db, SECRET, [input(11), input(12)], { bucket: 'at-once', limit });
      expect(records?.map((record) => record.seq)).toEqual([2, 3]);
      expect(records?.[0]?.prevHash).toBe(first?.recordHash);
      expect(await hits()).toBe(2);
      // Not all of them fit in the quota: nothing is counted or written.
      expect(await appendAtOnce(db, SECRET, [input(13), input(14)], { bucket: 'at-once', limit })).toBeNull();
      expect([await hits(), await size()]).toEqual([2, 3]);
      // The head it remembers was rolled back.
      await expect(
        db.transaction(async (tx) => {
          await appendAcceptances(tx, SECRET, [input(15)]);
          throw new Error('rolled back after the append');
        }),
      ).rejects.toThrow('rolled back');
      expect(await appendAtOnce(db, SECRET, [input(16)], null)).toBeNull();
      // A row the database stores otherwise than it was sent fails the statement, and nothing of it is kept.
      await db.transaction((tx) => appendAcceptances(tx, SECRET, [input(17)]));
      await db.execute(sql`CREATE FUNCTION test_mangle() RETURNS trigger AS $$ BEGIN NEW.client_time_zone := 'mangled'; RETURN NEW; END; $$ LANGUAGE plpgsql`);
      await db.execute(sql`CREATE TRIGGER test_mangle BEFORE INSERT ON acceptance_record FOR EACH ROW EXECUTE FUNCTION test_mangle()`);
      expect(await appendAtOnce(db, SECRET, [input(18)], { bucket: 'at-once', limit })).toBeNull();
      expect([await hits(), await size()]).toEqual([2, 4]);
      await db.execute(sql`DROP TRIGGER test_mangle ON acceptance_record`);
      expect((await appendAtOnce(db, SECRET, [input(19)], { bucket: 'at-once', limit }))?.map((record) => record.seq)).toEqual([5]);
      expect(await verifyLedger(db)).toMatchObject({ ok: true, size: 5 });
      const leaves = await db.select({ n: count() }).from(merkleNode).where(eq(merkleNode.level, 0));
      expect(leaves[0]?.n).toBe(5);
    } finally {
      await database.dispose();
    }
  }, 60_000);

  it('refuses to acknowledge a record the database stored differently from what was hashed', async () => {
    // A trigger that rewrites a column on its way in stands for any silent change (an encoding, a cast).
    const db = testDatabase().db;
    await db.execute(sql`CREATE FUNCTION test_mangle() RETURNS trigger AS $$ BEGIN NEW.client_time_zone := 'mangled'; RETURN NEW; END; $$ LANGUAGE plpgsql`);
    await db.execute(sql`CREATE TRIGGER test_mangle BEFORE INSERT ON acceptance_record FOR EACH ROW EXECUTE FUNCTION test_mangle()`);
    try {
      const before = await db.select({ seq: acceptanceRecord.seq }).from(acceptanceRecord);
      await expect(db.transaction((tx) => appendAcceptances(tx, SECRET, [input(900)]))).rejects.toThrow(/does not match its hash; nothing was recorded/);
      expect(await db.select({ seq: acceptanceRecord.seq }).from(acceptanceRecord)).toHaveLength(before.length);
    } finally {
      await db.execute(sql`DROP TRIGGER test_mangle ON acceptance_record`);
      await db.execute(sql`DROP FUNCTION test_mangle()`);
    }
  });

  it('records an acceptance once when the same re-acceptance is posted several times at once (issue 15.7)', async () => {
    const db = testDatabase().db;
    const owed = [input(500), input(500, 'product-terms-of-service')].map((owedInput) => ({ ...owedInput, method: 're-acceptance' as const, version: '2026-02-01' }));
    // What the re-acceptance action does for each post: under the ledger lock, append what is not yet recorded.
    const post = () =>
      db.transaction(async (tx) => {
        await lockLedger(tx);
        return appendAcceptances(tx, SECRET, await notYetAccepted(tx, owed));
      });
    const appended = await Promise.all([post(), post(), post()]);
    expect(appended.map((records) => records.length).sort()).toEqual([0, 0, 2]);
    const rows = await db.select({ agreement: acceptanceRecord.agreement }).from(acceptanceRecord).where(eq(acceptanceRecord.userId, 'user-500'));
    expect(rows.map((row) => row.agreement).sort()).toEqual(['kmct-service-agreement', 'product-terms-of-service']);
  });
});
