import { count } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { acceptanceRecord, user } from '@/lib/db/schema';
import { ENGINES, useTestDatabase } from '@/test-support/databases';
import { holdClockInsideLimitWindows } from '@/test-support/limit-windows';
import { createAuth } from '@/lib/auth/auth';
import { verifyLedger } from '@/lib/ledger/records';
import { signUpWithAcceptances } from './signup';
import { signupRequest as request } from '@/test-support/signup-request';

describe.each(ENGINES)('signup with acceptances on %s', (engine) => {
  const testDatabase = useTestDatabase(engine);

  const counts = async () => {
    const [users] = await testDatabase().db.select({ n: count() }).from(user);
    const [records] = await testDatabase().db.select({ n: count() }).from(acceptanceRecord);
    return { users: users?.n, records: records?.n };
  };

  it('creates the account and one record per agreement together', async () => {
    const outcome = await signUpWithAcceptances(testDatabase().db, request('first@example.com'));
    expect(outcome.ok).toBe(true);
    expect(await counts()).toEqual({ users: 1, records: 2 });
  });

  it('writes nothing for a taken email or a rejected password', async () => {
    expect(await signUpWithAcceptances(testDatabase().db, request('FIRST@example.com'))).toEqual({ ok: false, reason: 'email-taken' });
    expect(await signUpWithAcceptances(testDatabase().db, request('second@example.com', 'short'))).toEqual({ ok: false, reason: 'password-rejected' });
    expect(await counts()).toEqual({ users: 1, records: 2 });
  });

  it('gives 50 simultaneous signups 50 accounts, 100 records and one unbroken chain', async () => {
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => signUpWithAcceptances(testDatabase().db, request(`crowd-${i}@example.com`))));
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(await counts()).toEqual({ users: 51, records: 102 });
    expect(await verifyLedger(testDatabase().db)).toMatchObject({ ok: true, size: 102 });
  }, 120_000);

  it('refuses, at commit, an account created without acceptances, whatever code inserts it (issue 15.1)', async () => {
    const db = testDatabase().db;
    const error: unknown = await db.insert(user).values({ id: 'sneaky', name: 'x', email: 'sneaky@example.com' }).catch((caught: unknown) => caught);
    expect(String(error instanceof Error ? error.cause : error)).toContain('an account cannot be created without accepting the agreements');
    // better-auth's own sign-up, called without the clickwrap, fails the same way and leaves nothing.
    const auth = createAuth(db);
    await expect(auth.api.signUpEmail({ body: { email: 'direct@example.com', password: 'long enough password', name: 'direct' }, headers: new Headers() })).rejects.toThrow();
    expect(await counts()).toEqual({ users: 51, records: 102 });
  });

  it('limits accounts created per address, and a failed signup does not count (issue 15.5)', async () => {
    holdClockInsideLimitWindows();
    try {
      const address = '203.0.113.50';
      // Failed attempts first: a taken email and a rejected password, many times over.
      for (let i = 0; i < 15; i++) expect((await signUpWithAcceptances(testDatabase().db, request('FIRST@example.com', undefined, address))).ok).toBe(false);
      // Then the ten accounts the default limit allows, and no eleventh.
      const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => signUpWithAcceptances(testDatabase().db, request(`limited-${i}@example.com`, undefined, address))));
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(10);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([{ ok: false, reason: 'rate-limited' }, { ok: false, reason: 'rate-limited' }]);
      expect(await counts()).toEqual({ users: 61, records: 122 });
      // Another address is counted apart.
      expect((await signUpWithAcceptances(testDatabase().db, request('elsewhere@example.com', undefined, '203.0.113.51'))).ok).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);
});
