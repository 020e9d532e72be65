// Not 'server-only': `npm run email:deliver` runs this outside Next.js (see lib/email/deliver.ts).
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { emailOutbox } from '@/lib/db/schema';
import { env } from '@/lib/env';
import type { EmailKind, EmailPayload } from './messages';

export interface QueuedEmail<K extends EmailKind> {
  kind: K;
  to: string;
  locale: string;
  payload: EmailPayload<K>;
  userId?: string | null;
  /** At most one email is ever queued per key (a notice per user and version). */
  dedupeKey?: string | null;
}

/** Attempts before a message is given up on (dead), about a day of back-off in all. */
export const MAX_ATTEMPTS = 10;
/** How long a claimed message is left to its worker before another may try it (the first died, say). */
const CLAIM_MS = 2 * 60 * 1000;

/**
 * Queues an email in the caller's transaction: it exists if and only if what caused it commits. The
 * Message-ID is fixed now, so every retry is the same message to the receiver. False when the dedupe
 * key was already used.
 */
export async function queueEmail<K extends EmailKind>(tx: Database, email: QueuedEmail<K>, now = new Date()): Promise<boolean> {
  const id = randomUUID();
  const inserted = await tx
    .insert(emailOutbox)
    .values({
      id,
      kind: email.kind,
      dedupeKey: email.dedupeKey ?? null,
      userId: email.userId ?? null,
      toAddress: email.to,
      locale: email.locale,
      payload: JSON.stringify(email.payload),
      messageId: `<${id}@${new URL(env().siteUrl).hostname}>`,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id });
  return inserted.length > 0;
}

export type ClaimedEmail = Pick<typeof emailOutbox.$inferSelect, 'id' | 'kind' | 'locale' | 'messageId' | 'attempts' | 'userId'> & { toAddress: string; payload: string };

/**
 * Takes up to `limit` due messages for this worker: each gets one more attempt counted and is left
 * alone by other workers (FOR UPDATE SKIP LOCKED, then a claim that runs out) until this one reports.
 */
export async function claimDueEmails(db: Database, limit: number, now = new Date()): Promise<ClaimedEmail[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)))
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const rows = await tx
      .update(emailOutbox)
      .set({ attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) })
      .where(inArray(emailOutbox.id, due.map((row) => row.id)))
      .returning();
    return rows.flatMap(({ id, kind, locale, messageId, attempts, userId, toAddress, payload }) => (toAddress && payload ? [{ id, kind, locale, messageId, attempts, userId, toAddress, payload }] : []));
  });
}

/** Sent: the address and the content are not kept past delivery. */
export async function markSent(db: Database, id: string, now = new Date()): Promise<void> {
  await db.update(emailOutbox).set({ status: 'sent', sentAt: now, toAddress: null, payload: null, lastError: null }).where(eq(emailOutbox.id, id));
}

/** Exponential back-off from 30 s, at most an hour; after MAX_ATTEMPTS, dead (kept for the console, without its content). */
export async function markFailed(db: Database, email: Pick<ClaimedEmail, 'id' | 'attempts'>, error: string, now = new Date()): Promise<void> {
  const dead = email.attempts >= MAX_ATTEMPTS;
  const backOffMs = Math.min(30_000 * 2 ** (email.attempts - 1), 60 * 60 * 1000);
  await db
    .update(emailOutbox)
    .set(dead ? { status: 'dead', lastError: error.slice(0, 500), toAddress: null, payload: null } : { lastError: error.slice(0, 500), nextAttemptAt: new Date(now.getTime() + backOffMs) })
    .where(eq(emailOutbox.id, email.id));
}

/** A person's email is erased with them: what is not yet sent is dropped (status erased), nothing of it kept. */
export async function eraseQueuedEmail(tx: Database, userId: string): Promise<void> {
  await tx.update(emailOutbox).set({ toAddress: null, payload: null, status: 'erased' }).where(and(eq(emailOutbox.userId, userId), eq(emailOutbox.status, 'pending')));
}

export type OutboxCounts = Record<'pending' | 'sent' | 'dead', number>;

/** Messages by state, for the operator console: all of them, or those `where` picks. */
export async function outboxCounts(db: Database, where?: SQL): Promise<OutboxCounts> {
  const rows = await db.select({ status: emailOutbox.status, n: count() }).from(emailOutbox).where(where).groupBy(emailOutbox.status);
  const counts: OutboxCounts = { pending: 0, sent: 0, dead: 0 };
  for (const row of rows) if (row.status in counts) counts[row.status as keyof OutboxCounts] = row.n;
  return counts;
}
