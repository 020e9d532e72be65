import { describe, expect, it } from 'vitest';
import { requestQuota } from '@/lib/db/schema';
import { ENGINES, useTestDatabase } from '@/test-support/databases';
import { forgetOldQuotas, takeQuota, takeQuotas } from './quota';

const LIMIT = { max: 10, windowSeconds: 60 };
const at = (iso: string) => new Date(iso);

describe.each(ENGINES)('request quota on %s', (engine) => {
  const testDatabase = useTestDatabase(engine);

  it('allows exactly the limit in a window, even to concurrent requests, and says when to retry', async () => {
    const now = at('2026-11-25T12:00:15Z');
    const decisions = await Promise.all(Array.from({ length: 30 }, () => takeQuota(testDatabase().db, 'signup:203.0.113.7', LIMIT, now)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
    expect(decisions.filter((decision) => !decision.allowed)).toEqual(Array(20).fill({ allowed: false, retryAfterSeconds: 45 }));
  });

  it('counts several requests in one upsert and decides each in order', async () => {
    const now = at('2026-11-25T12:00:15Z');
    expect(await takeQuota(testDatabase().db, 'api:shop', LIMIT, now)).toEqual({ allowed: true });
    const decisions = await takeQuotas(testDatabase().db, 'api:shop', LIMIT, 12, now);
    expect(decisions.map((decision) => decision.allowed)).toEqual([...Array(9).fill(true), false, false, false]);
    expect(await takeQuota(testDatabase().db, 'api:shop', LIMIT, now)).toEqual({ allowed: false, retryAfterSeconds: 45 });
  });

  it('counts each bucket apart and starts again in the next window', async () => {
    expect(await takeQuota(testDatabase().db, 'signup:198.51.100.1', LIMIT, at('2026-11-25T12:00:30Z'))).toEqual({ allowed: true });
    expect(await takeQuota(testDatabase().db, 'signup:203.0.113.7', LIMIT, at('2026-11-25T12:01:00Z'))).toEqual({ allowed: true });
  });

  it('forgets windows over a day old', async () => {
    await forgetOldQuotas(testDatabase().db, at('2026-11-26T12:00:30Z'));
    const left = await testDatabase().db.select().from(requestQuota);
    expect(left.map((row) => row.windowStart.toISOString())).toEqual(['2026-11-25T12:01:00.000Z']);
  });
});
