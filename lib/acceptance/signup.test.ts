import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { acceptanceRecord, user } from '@/lib/db/schema';
import { ENGINES, useTestDatabase } from '@/test-support/databases';
import type { AgreementToAccept } from './agreements-to-accept';
import { verifyLedger } from './ledger';
import { type SignupRequest, signUpWithAcceptances } from './signup';

const AGREEMENTS: AgreementToAccept[] = [
  { slug: 'kmct-service-agreement', title: 'KMCT', navTitle: 'KMCT', version: '2020-11-26', language: 'en', sha256: 'a'.repeat(64), pagePath: '/en/agreements/kmct-service-agreement' },
  { slug: 'product-terms-of-service', title: 'Terms', navTitle: 'Terms', version: '2020-12-31', language: 'en', sha256: 'b'.repeat(64), pagePath: '/en/agreements/product-terms-of-service' },
];

const request = (email: string, password = 'long enough password'): SignupRequest => ({
  email,
  password,
  accepted: AGREEMENTS,
  wording: (agreement) => `I agree to ${agreement.title}\nAgree and create account`,
  observed: { ipAddress: '198.51.100.1', userAgent: 'Vitest', pageUrl: 'http://localhost/en/signup' },
  headers: new Headers(),
  asserted: { timeZone: 'UTC', referrer: null },
});

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
});
