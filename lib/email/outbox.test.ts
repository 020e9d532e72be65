import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/open-database';
import { emailOutbox } from '@/lib/db/schema';
import { createTestDatabase, ENGINES, useTestDatabase } from '@/test-support/databases';
import { type SmtpSink, startSmtpSink } from '@/test-support/smtp-sink';
import { deliverDueEmails, smtpSender } from './deliver';
import { claimDueEmails, MAX_ATTEMPTS, queueEmail } from './outbox';

const FROM = 'Accord <no-reply@accord.test>';
const reset = (to: string, locale = 'en') => ({ kind: 'password-reset' as const, to, locale, payload: { resetUrl: `https://accord.test/${locale}/reset-password?token=t-${to}`, expiresInMinutes: 30 } });
/** Lets the back-off (or a dead worker's claim) run out, as time passing would. */
const timePasses = (db: Parameters<typeof queueEmail>[0]) => db.execute(sql`UPDATE email_outbox SET next_attempt_at = now() - interval '1 second' WHERE status = 'pending'`);

describe.each(ENGINES)('email outbox on %s', (engine) => {
  const testDatabase = useTestDatabase(engine);
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.stop();
  });

  it('delivers queued email over SMTP in its language, with its own Message-ID, then keeps neither address nor content', async () => {
    const { db } = testDatabase();
    await db.transaction(async (tx) => {
      await queueEmail(tx, reset('ada@example.com'));
      await queueEmail(tx, reset('li@example.com', 'zh'));
    });
    expect(await deliverDueEmails(db, smtpSender(sink.url), FROM)).toEqual({ sent: 2, failed: 0 });
    const [english, chinese] = sink.messages;
    expect(english?.to).toMatchObject({ text: 'ada@example.com' });
    expect(english?.subject).toBe('Reset your Accord password');
    expect(english?.text).toContain('https://accord.test/en/reset-password?token=t-ada@example.com');
    expect(english?.html).toContain('lang="en"');
    expect(chinese?.subject).toBe('重置您的 Accord 密码');
    expect(chinese?.text).toContain('30 分钟内有效');
    const rows = await db.select().from(emailOutbox);
    expect(rows.map((row) => row.messageId).sort()).toEqual(sink.messages.map((message) => message.messageId).sort());
    expect(rows.every((row) => row.status === 'sent' && row.toAddress === null && row.payload === null && row.sentAt !== null)).toBe(true);
  });

  it('queues nothing when the transaction that caused the email rolls back', async () => {
    const { db } = testDatabase();
    await expect(
      db.transaction(async (tx) => {
        await queueEmail(tx, reset('rolled-back@example.com'));
        throw new Error('the signup failed');
      }),
    ).rejects.toThrow('the signup failed');
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'rolled-back@example.com'))).toEqual([]);
  });

  it('while SMTP is down, keeps every message and backs off; once it is back, delivers each exactly once', async () => {
    const { db } = testDatabase();
    const received = sink.messages.length;
    await db.transaction(async (tx) => {
      for (let n = 0; n < 100; n++) await queueEmail(tx, reset(`burst-${n}@example.com`));
    });
    const down = smtpSender('smtp://127.0.0.1:9'); // nothing listens on the discard port
    let failed = 0;
    for (;;) {
      const pass = await deliverDueEmails(db, down, FROM);
      if (pass.sent + pass.failed === 0) break;
      failed += pass.failed;
    }
    expect(failed).toBe(100);
    const waiting = await db.select().from(emailOutbox).where(eq(emailOutbox.status, 'pending'));
    expect(waiting).toHaveLength(100);
    expect(waiting.every((row) => row.attempts === 1 && row.nextAttemptAt > new Date() && row.lastError)).toBe(true);

    await timePasses(db);
    const up = smtpSender(sink.url);
    for (;;) if ((await deliverDueEmails(db, up, FROM)).sent === 0) break;
    const burst = sink.messages.slice(received);
    expect(burst).toHaveLength(100);
    expect(new Set(burst.map((message) => message.messageId)).size).toBe(100);
    expect(new Set(burst.map((message) => message.to && 'text' in message.to && message.to.text)).size).toBe(100);
  });

  it('a worker that dies holding messages delays them, and the retry is the same message (same Message-ID)', async () => {
    const { db } = testDatabase();
    await db.transaction((tx) => queueEmail(tx, reset('crash@example.com')));
    const [held] = await claimDueEmails(db, 10); // claimed, then the worker is killed before sending
    expect(held?.toAddress).toBe('crash@example.com');
    expect(await deliverDueEmails(db, smtpSender(sink.url), FROM)).toEqual({ sent: 0, failed: 0 });
    await timePasses(db);
    expect(await deliverDueEmails(db, smtpSender(sink.url), FROM)).toEqual({ sent: 1, failed: 0 });
    expect(sink.messages.at(-1)?.messageId).toBe(held?.messageId);
  });

  it('gives up after the last attempt (dead, for the console) and forgets the address', async () => {
    const { db } = testDatabase();
    await db.transaction((tx) => queueEmail(tx, reset('bounces@example.com')));
    await db.execute(sql`UPDATE email_outbox SET attempts = ${MAX_ATTEMPTS - 1} WHERE to_address = 'bounces@example.com'`);
    expect(await deliverDueEmails(db, smtpSender('smtp://127.0.0.1:9'), FROM)).toEqual({ sent: 0, failed: 1 });
    const [dead] = await db.select().from(emailOutbox).where(eq(emailOutbox.status, 'dead'));
    expect(dead).toMatchObject({ attempts: MAX_ATTEMPTS, toAddress: null, payload: null });
    expect(dead?.lastError).toBeTruthy();
  });

  it('queues at most one email per dedupe key', async () => {
    const { db } = testDatabase();
    const notice = { ...reset('once@example.com'), dedupeKey: 'notice:user-1:2027-01-01' };
    expect(await db.transaction((tx) => queueEmail(tx, notice))).toBe(true);
    expect(await db.transaction((tx) => queueEmail(tx, notice))).toBe(false);
  });
});

describe('two app instances on one PostgreSQL', () => {
  it('never send the same message twice', async () => {
    const database = await createTestDatabase('postgres');
    const other = await openDatabase({ databaseUrl: database.url ?? '' });
    const sink = await startSmtpSink();
    try {
      await database.db.transaction(async (tx) => {
        for (let n = 0; n < 60; n++) await queueEmail(tx, reset(`shared-${n}@example.com`));
      });
      const worker = async (db: typeof database.db) => {
        for (;;) if ((await deliverDueEmails(db, smtpSender(sink.url), FROM, 5)).sent === 0) return;
      };
      await Promise.all([worker(database.db), worker(other.db), worker(database.db)]);
      expect(sink.messages).toHaveLength(60);
      expect(new Set(sink.messages.map((message) => message.messageId)).size).toBe(60);
    } finally {
      await sink.stop();
      await other.close();
      await database.dispose();
    }
  });
});
