import { describe, expect, it } from 'vitest';
import { verificationJob } from '@/lib/db/schema';
import { appendAcceptances } from '@/lib/ledger/records';
import { testAcceptance } from '@/test-support/acceptance-input';
import { ENGINES, useTestDatabase } from '@/test-support/databases';
import { listAuditEntries } from './audit-log';
import { latestVerificationJob, startVerification } from './verification-job';

const SECRET = 'verification-job-secret-verification-0001';

describe.each(ENGINES)('background ledger verification on %s', (engine) => {
  const testDatabase = useTestDatabase(engine);

  it('runs outside the request, one at a time, and leaves its result in the audit log', async () => {
    const db = testDatabase().db;
    await db.transaction((tx) => appendAcceptances(tx, SECRET, Array.from({ length: 2500 }, (_, n) => testAcceptance(n))));
    const job = await startVerification(db, 'u-admin');
    expect(job).toMatchObject({ state: 'running', total: 2500, checked: 0 });
    expect((await startVerification(db, 'u-admin')).id).toBe(job.id);
    await expect.poll(async () => (await latestVerificationJob(db))?.state, { timeout: 30_000 }).toBe('finished');
    const finished = await latestVerificationJob(db);
    expect(finished).toMatchObject({ id: job.id, checked: 2500, total: 2500, auditSeq: expect.any(Number) });
    const [entry] = await listAuditEntries(db, 1);
    expect(entry).toMatchObject({ seq: finished?.auditSeq, action: 'verification', details: { ok: true, size: 2500, failureCount: 0 } });
  }, 60_000);

  it('shows a job whose process stopped as interrupted, and starts a new one', async () => {
    const db = testDatabase().db;
    const long = new Date(Date.now() - 5 * 60_000);
    await db.insert(verificationJob).values({ adminUserId: 'u-admin', startedAt: long, updatedAt: long, total: 2500, checked: 1000 });
    expect(await latestVerificationJob(db)).toMatchObject({ state: 'interrupted', checked: 1000 });
    const next = await startVerification(db, 'u-admin');
    expect(next.state).toBe('running');
    await expect.poll(async () => (await latestVerificationJob(db))?.state, { timeout: 30_000 }).toBe('finished');
  }, 60_000);
});
