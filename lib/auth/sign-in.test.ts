import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signUpWithAcceptances } from '@/lib/acceptance/signup';
import { ENGINES, useTestDatabase } from '@/test-support/databases';
import { holdClockInsideLimitWindows } from '@/test-support/limit-windows';
import { signInWithLimits } from './sign-in';

const OWNER_ADDRESS = '198.51.100.10';
const PASSWORD = 'the owner’s long password';

// Issue 15.5: failed sign-ins were not counted per email on better-auth's route, while the form's
// per-email count let strangers lock the owner out. Now failures count per email and address.
describe.each(ENGINES)('sign-in limits on %s', (engine) => {
  const testDatabase = useTestDatabase(engine);
  const attempt = (email: string, password: string, address: string) => signInWithLimits(testDatabase().db, { email, password, address, headers: new Headers() });

  beforeAll(async () => {
    // The counts below build up over the whole block: no window may end during it.
    holdClockInsideLimitWindows();
    const created = await signUpWithAcceptances(testDatabase().db, {
      email: 'owner@example.com',
      locale: 'en',
      password: PASSWORD,
      accepted: [{ slug: 'kmct-service-agreement', title: 'KMCT', navTitle: 'KMCT', version: '2020-11-26', language: 'en', sha256: 'a'.repeat(64), pagePath: '/en/agreements/kmct-service-agreement' }],
      wordingSha256: () => createHash('sha256').update('I agree').digest('hex'),
      clientAddress: OWNER_ADDRESS,
      observed: { ipAddress: OWNER_ADDRESS, userAgent: 'Vitest', pageUrl: 'http://localhost/en/signup' },
      asserted: { timeZone: null, referrer: null },
      headers: new Headers(),
    });
    expect(created.ok).toBe(true);
  }, 30_000);
  afterAll(() => {
    vi.useRealTimers();
  });

  it('lets the owner in from their own address after 30 failures from other addresses', async () => {
    for (let n = 0; n < 30; n++) expect(await attempt('owner@example.com', `guess ${n} is wrong`, `203.0.113.${n}`)).toEqual({ ok: false, reason: 'mismatch' });
    expect(await attempt('OWNER@example.com', PASSWORD, OWNER_ADDRESS)).toEqual({ ok: true });
  }, 60_000);

  it('makes an address that failed five times for an email wait, even with the right password, but not the owner elsewhere', async () => {
    for (let n = 0; n < 5; n++) expect(await attempt('owner@example.com', 'wrong password', '192.0.2.66')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await attempt('owner@example.com', PASSWORD, '192.0.2.66')).toEqual({ ok: false, reason: 'limited' });
    // The same address may still try other accounts, within its own limit.
    expect(await attempt('someone-else@example.com', 'wrong password', '192.0.2.66')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await attempt('owner@example.com', PASSWORD, OWNER_ADDRESS)).toEqual({ ok: true });
  }, 30_000);

  it('under a distributed attack, allows each address a single failure for that email; the owner still gets in', async () => {
    // 36 failures so far; 20 more pass the 50 that mark an attack.
    for (let n = 30; n < 50; n++) await attempt('owner@example.com', 'wrong password', `203.0.113.${n}`);
    expect(await attempt('owner@example.com', 'wrong password', '203.0.113.200')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await attempt('owner@example.com', PASSWORD, '203.0.113.200')).toEqual({ ok: false, reason: 'limited' });
    expect(await attempt('owner@example.com', PASSWORD, OWNER_ADDRESS)).toEqual({ ok: true });
  }, 60_000);

  it('limits every attempt from one address, whatever the email', async () => {
    const outcomes = [];
    for (let n = 0; n < 21; n++) outcomes.push(await attempt(`user${n}@example.com`, 'wrong password', '192.0.2.99'));
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill({ ok: false, reason: 'mismatch' }));
    expect(outcomes[20]).toEqual({ ok: false, reason: 'limited' });
  }, 60_000);
});
