import { count, desc, eq } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord, verificationJob } from '@/lib/db/schema';
import { verifyLedger } from '@/lib/ledger/records';
import { logger } from '@/lib/log/logger';
import { logAdminAction } from './audit-log';

export interface VerificationJob {
  id: number;
  startedAt: Date;
  total: number;
  checked: number;
  state: 'running' | 'finished' | 'interrupted';
  /** The audit log entry with the result, once finished. */
  auditSeq: number | null;
}

/** A running job that has not reported for this long was interrupted (its process stopped). */
const SILENCE_MS = 60_000;

const asJob = (row: typeof verificationJob.$inferSelect, now = Date.now()): VerificationJob => ({
  id: row.id,
  startedAt: row.startedAt,
  total: row.total,
  checked: row.checked,
  state: row.finishedAt ? 'finished' : now - row.updatedAt.getTime() > SILENCE_MS ? 'interrupted' : 'running',
  auditSeq: row.auditSeq,
});

export async function latestVerificationJob(db: Database): Promise<VerificationJob | null> {
  const [row] = await db.select().from(verificationJob).orderBy(desc(verificationJob.id)).limit(1);
  return row ? asJob(row) : null;
}

/**
 * Starts a full verification of the ledger in the background (unless one is running) and returns its
 * job at once. The job reports its progress every thousand records, and on finishing writes the result
 * to the audit log, where the console reads it.
 */
export async function startVerification(db: Database, adminUserId: string): Promise<VerificationJob> {
  const running = await latestVerificationJob(db);
  if (running?.state === 'running') return running;
  const [size] = await db.select({ n: count() }).from(acceptanceRecord);
  const now = new Date();
  const [row] = await db.insert(verificationJob).values({ adminUserId, startedAt: now, updatedAt: now, total: size?.n ?? 0, checked: 0 }).returning();
  if (!row) throw new Error('verification job not created');
  void runJob(db, row.id, adminUserId);
  return asJob(row);
}

async function runJob(db: Database, id: number, adminUserId: string): Promise<void> {
  try {
    const started = performance.now();
    const result = await verifyLedger(db, async (checked) => {
      await db.update(verificationJob).set({ checked, updatedAt: new Date() }).where(eq(verificationJob.id, id));
    });
    const ms = Math.round(performance.now() - started);
    const auditSeq = await logAdminAction(db, adminUserId, 'verification', { ...result, ms });
    await db.update(verificationJob).set({ checked: result.size, total: result.size, updatedAt: new Date(), finishedAt: new Date(), auditSeq }).where(eq(verificationJob.id, id));
  } catch (error) {
    // Left unfinished: the console shows it as interrupted once it has been silent for a minute.
    logger.error({ err: error, job: id }, 'ledger verification failed');
  }
}
