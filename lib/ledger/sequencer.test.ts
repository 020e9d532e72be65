import { count, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/db/open-database';
import { acceptanceRecord, apiKey, requestQuota } from '@/lib/db/schema';
import { testAcceptance } from '@/test-support/acceptance-input';
import { ENGINES, useTestDatabase } from '@/test-support/databases';
import * as ledgerRecords from './records';
import { verifyLedger } from './records';
import { QuotaRefused, Sequencer } from './sequencer';

const SECRET = 'sequencer-secret-sequencer-secret-000001';

describe.each(ENGINES)('group commit on %s', (engine) => {
  const testDatabase = useTestDatabase(engine);
  const records = async () => (await testDatabase().db.select({ n: count() }).from(acceptanceRecord))[0]?.n ?? 0;

  it('writes requests that arrive together in shared batches, each answered with its own records', async () => {
    const sequencer = new Sequencer(testDatabase().db, SECRET);
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, n) => sequencer.submit({ prepare: async () => ({ inputs: [testAcceptance(n)], finish: async (_tx, [record]) => record?.userId }) })),
    );
    expect(answers).toEqual(Array.from({ length: 200 }, (_, n) => `user-${n}`));
    expect(await records()).toBe(200);
    expect(await verifyLedger(testDatabase().db)).toMatchObject({ ok: true, size: 200 });
  }, 60_000);

  it('fails only the request whose own writes are refused; its neighbours in the batch are recorded', async () => {
    const sequencer = new Sequencer(testDatabase().db, SECRET);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, n) =>
        sequencer.submit({
          writes: true,
          prepare: async (tx) => {
            // Request 4 writes a row that breaks a constraint (a host name that is taken).
            await tx.insert(apiKey).values({ id: `key-${n}`, host: n === 4 || n === 5 ? 'taken' : `host-${n}`, secretSha256: 'x' });
            return { inputs: [testAcceptance(1000 + n)], finish: async () => n };
          },
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(await records()).toBe(209);
    expect(await testDatabase().db.select({ n: count() }).from(apiKey)).toEqual([{ n: 9 }]);
    expect(await verifyLedger(testDatabase().db)).toMatchObject({ ok: true, size: 209 });
  });

  it('fails only the request whose read-only checks throw, without a savepoint', async () => {
    const sequencer = new Sequencer(testDatabase().db, SECRET);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, (_, n) =>
        sequencer.submit({
          prepare: async (tx) => {
            const [{ n: keys } = { n: 0 }] = await tx.select({ n: count() }).from(apiKey);
            if (n === 2) throw new Error(`refused after reading ${keys} keys`);
            return { inputs: [testAcceptance(2000 + n)], finish: async () => n };
          },
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(await records()).toBe(214);
    expect(await verifyLedger(testDatabase().db)).toMatchObject({ ok: true, size: 214 });
  });

  it('counts the requests of a batch against their limit in its own transaction, and refuses those over it', async () => {
    const sequencer = new Sequencer(testDatabase().db, SECRET);
    const quota = { bucket: 'api:sequencer-test', limit: { max: 3, windowSeconds: 3600 } };
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, (_, n) => sequencer.submit({ quota, prepare: async () => ({ inputs: [testAcceptance(3000 + n)], finish: async () => n }) })),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected']);
    for (const outcome of outcomes.slice(3)) expect(outcome.status === 'rejected' && outcome.reason).toBeInstanceOf(QuotaRefused);
    expect(await records()).toBe(217);
  });

  it('writes a batch of requests that touch no database by one statement, and falls back to a transaction for a quota it would overrun', async () => {
    const appendedAtOnce = vi.spyOn(ledgerRecords, 'appendAtOnce');
    try {
      const sequencer = new Sequencer(testDatabase().db, SECRET);
      const quota = { bucket: 'api:at-once', limit: { max: 30, windowSeconds: 3600 } };
      const submit = (n: number) => sequencer.submit({ pure: true, quota, prepare: async () => ({ inputs: [testAcceptance(5000 + n)], finish: async (_tx, [record]) => record?.userId }) });
      expect(await Promise.all(Array.from({ length: 20 }, (_, n) => submit(n)))).toEqual(Array.from({ length: 20 }, (_, n) => `user-${5000 + n}`));
      const writtenAtOnce = (await Promise.all(appendedAtOnce.mock.results.map((result) => result.value as Promise<unknown>))).filter(Boolean);
      expect(writtenAtOnce.length).toBeGreaterThan(0);
      // 20 counted: 10 fit, the last 5 of these 15 do not. The batch as a whole does not fit, so
      // a transaction counts them one by one, as it would have.
      const outcomes = await Promise.allSettled(Array.from({ length: 15 }, (_, n) => submit(100 + n)));
      expect(outcomes.map((outcome) => outcome.status)).toEqual([...Array<string>(10).fill('fulfilled'), ...Array<string>(5).fill('rejected')]);
      for (const outcome of outcomes.slice(10)) expect(outcome.status === 'rejected' && outcome.reason).toBeInstanceOf(QuotaRefused);
      expect(await verifyLedger(testDatabase().db)).toMatchObject({ ok: true });
    } finally {
      appendedAtOnce.mockRestore();
    }
  });

  it('opens the next batch while one commits, and writes it after the head as stored when that commit fails', async () => {
    const { db } = testDatabase();
    // A check PostgreSQL makes only at COMMIT: the batch holding this user fails after its records were written.
    await db.execute(sql`CREATE FUNCTION test_fail_at_commit() RETURNS trigger AS $$ BEGIN IF NEW.user_id = 'user-fails-at-commit' THEN RAISE EXCEPTION 'refused at commit'; END IF; RETURN NULL; END; $$ LANGUAGE plpgsql`);
    await db.execute(sql`CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON acceptance_record DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_at_commit()`);
    try {
      const before = await records();
      const sequencer = new Sequencer(db, SECRET);
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      let opened = () => {};
      const firstOpened = new Promise<void>((resolve) => (opened = resolve));
      const failing = sequencer.submit({
        prepare: async () => {
          opened();
          await gate;
          return { inputs: [testAcceptance(0, { userId: 'user-fails-at-commit' })], finish: async () => 'failing' };
        },
      });
      await firstOpened;
      // These arrive while the first batch is being written: the next batch takes them.
      const later = Array.from({ length: 3 }, (_, n) => sequencer.submit({ prepare: async () => ({ inputs: [testAcceptance(4000 + n)], finish: async (_tx, [record]) => record?.seq }) }));
      release();
      await expect(failing).rejects.toThrow(/commit/);
      expect(await Promise.all(later)).toEqual([before + 1, before + 2, before + 3]);
      expect(await verifyLedger(db)).toMatchObject({ ok: true, size: before + 3 });
    } finally {
      await db.execute(sql`DROP TRIGGER test_fail_at_commit ON acceptance_record`);
      await db.execute(sql`DROP FUNCTION test_fail_at_commit()`);
    }
  });
});

describe('group commit from two instances on one PostgreSQL database', () => {
  const testDatabase = useTestDatabase('postgres');

  it('keeps one unbroken chain when both write batches by one statement at once', async () => {
    const other = await openDatabase({ databaseUrl: testDatabase().url ?? '' });
    try {
      const quota = { bucket: 'api:two-instances', limit: { max: 1000, windowSeconds: 3600 } };
      const instances = [new Sequencer(testDatabase().db, SECRET), new Sequencer(other.db, SECRET)];
      const answers = await Promise.all(
        Array.from({ length: 300 }, (_, n) =>
          instances[n % 2]?.submit({ pure: true, quota, prepare: async () => ({ inputs: [testAcceptance(6000 + n)], finish: async (_tx, [record]) => record?.seq }) }),
        ),
      );
      expect(new Set(answers).size).toBe(300);
      expect(await verifyLedger(testDatabase().db)).toEqual(expect.objectContaining({ ok: true, size: 300 }));
      const [{ hits } = { hits: 0 }] = await testDatabase().db.select({ hits: requestQuota.hits }).from(requestQuota);
      expect(hits).toBe(300);
    } finally {
      await other.close();
    }
  }, 60_000);
});

