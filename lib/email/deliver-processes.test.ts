import { spawn } from 'node:child_process';
import { count, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { emailOutbox } from '@/lib/db/schema';
import { createTestDatabase } from '@/test-support/databases';
import { startSmtpSink } from '@/test-support/smtp-sink';
import { queueEmail } from './outbox';

const QUEUED = 40;

function startDeliverer(env: Record<string, string>) {
  return spawn('./node_modules/.bin/tsx', ['scripts/email-deliver.ts'], { env: { ...process.env, ...env }, detached: true, stdio: 'ignore' });
}

const until = async (condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

it('npm run email:deliver killed with SIGKILL mid-batch: nothing is lost, and a message sent twice keeps its Message-ID', async () => {
  const database = await createTestDatabase('postgres');
  // A slow SMTP server, so that the kill lands while a batch is being sent.
  const sink = await startSmtpSink(0, 150);
  const env = { DATABASE_URL: database.url ?? '', ACCORD_SECRET: 'crash-test-secret-crash-test-secret-0001', SMTP_URL: sink.url, MAIL_FROM: 'Accord <no-reply@accord.test>' };
  try {
    await database.db.transaction(async (tx) => {
      for (let n = 0; n < QUEUED; n++) await queueEmail(tx, { kind: 'password-reset', to: `crash-${n}@example.com`, locale: 'en', payload: { resetUrl: `https://accord.test/en/reset-password?token=${n}`, expiresInMinutes: 30 } });
    });
    const queuedIds = new Set((await database.db.select({ messageId: emailOutbox.messageId }).from(emailOutbox)).map((row) => row.messageId));

    const first = startDeliverer(env);
    await until(() => sink.messages.length >= 5, 'the first messages');
    process.kill(-(first.pid ?? 0), 'SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const beforeRestart = sink.messages.length;
    expect(beforeRestart).toBeLessThan(QUEUED);

    // The dead worker's claim runs out (two minutes, in real time), and another worker takes over.
    await database.db.execute(sql`UPDATE email_outbox SET next_attempt_at = now() WHERE status = 'pending'`);
    const second = startDeliverer(env);
    try {
      await until(async () => (await database.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, 'sent')))[0]?.n === QUEUED, 'every message to be sent');
    } finally {
      process.kill(-(second.pid ?? 0), 'SIGTERM');
    }
    const receivedIds = sink.messages.map((message) => message.messageId ?? '');
    expect(new Set(receivedIds)).toEqual(queuedIds);
    // At most the one message in flight at the kill arrives twice, with the same Message-ID.
    expect(receivedIds.length - QUEUED).toBeLessThanOrEqual(1);
  } finally {
    await sink.stop();
    await database.dispose();
  }
}, 120_000);

it('two delivering processes on one PostgreSQL never send the same message twice', async () => {
  const database = await createTestDatabase('postgres');
  const sink = await startSmtpSink(0, 20);
  const env = { DATABASE_URL: database.url ?? '', ACCORD_SECRET: 'crash-test-secret-crash-test-secret-0001', SMTP_URL: sink.url, MAIL_FROM: 'Accord <no-reply@accord.test>' };
  const workers = [startDeliverer(env), startDeliverer(env)];
  try {
    await database.db.transaction(async (tx) => {
      for (let n = 0; n < QUEUED * 2; n++) await queueEmail(tx, { kind: 'password-reset', to: `shared-${n}@example.com`, locale: 'en', payload: { resetUrl: `https://accord.test/en/reset-password?token=${n}`, expiresInMinutes: 30 } });
    });
    await until(async () => (await database.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, 'sent')))[0]?.n === QUEUED * 2, 'every message to be sent');
    expect(sink.messages).toHaveLength(QUEUED * 2);
    expect(new Set(sink.messages.map((message) => message.messageId)).size).toBe(QUEUED * 2);
  } finally {
    for (const worker of workers) process.kill(-(worker.pid ?? 0), 'SIGTERM');
    await sink.stop();
    await database.dispose();
  }
}, 120_000);
