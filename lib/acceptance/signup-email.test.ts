import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { emailOutbox } from '@/lib/db/schema';
import { deliverDueEmails, smtpSender } from '@/lib/email/deliver';
import { useTestDatabase } from '@/test-support/databases';
import { signupRequest } from '@/test-support/signup-request';
import { startSmtpSink } from '@/test-support/smtp-sink';
import { signUpWithAcceptances } from './signup';

const SIGNUPS = 40;
const FROM = 'Accord <no-reply@accord.test>';

/** A port nothing listens on yet: the SMTP server is down until the test starts one there. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let port: number;
beforeAll(async () => {
  port = await freePort();
  // Email on, before anything reads the environment.
  vi.stubEnv('SMTP_URL', `smtp://127.0.0.1:${port}`);
});

describe('the copies of a burst of signups', () => {
  const testDatabase = useTestDatabase('pglite');

  it(`SMTP down during a burst of ${SIGNUPS} signups: every confirmation waits, then each is delivered exactly once`, { timeout: 180_000 }, async () => {
    const { db } = testDatabase();
    for (let first = 0; first < SIGNUPS; first += 10) {
      const outcomes = await Promise.all(Array.from({ length: 10 }, (_, k) => signUpWithAcceptances(db, signupRequest(`burst-${first + k}@example.com`))));
      expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    }
    const down = smtpSender(`smtp://127.0.0.1:${port}`);
    for (;;) if ((await deliverDueEmails(db, down, FROM, 50)).failed === 0) break;
    const waiting = await db.select().from(emailOutbox).where(eq(emailOutbox.status, 'pending'));
    expect(waiting.filter((row) => row.kind === 'acceptance-confirmation')).toHaveLength(SIGNUPS);
    expect(waiting.every((row) => row.attempts === 1 && row.lastError)).toBe(true);

    const sink = await startSmtpSink(port);
    try {
      await db
        .update(emailOutbox)
        .set({ nextAttemptAt: new Date(0) })
        .where(eq(emailOutbox.status, 'pending'));
      for (;;) if ((await deliverDueEmails(db, smtpSender(sink.url), FROM, 50)).sent === 0) break;
      const copies = sink.messages.filter((message) => message.subject === 'Your copy: the agreements you accepted');
      expect(copies).toHaveLength(SIGNUPS);
      expect(new Set(copies.map((message) => message.to && 'text' in message.to && message.to.text)).size).toBe(SIGNUPS);
      expect(copies.every((message) => message.attachments.length === 4)).toBe(true);
      expect(new Set(sink.messages.map((message) => message.messageId)).size).toBe(sink.messages.length);
    } finally {
      await sink.stop();
    }
  });
});
