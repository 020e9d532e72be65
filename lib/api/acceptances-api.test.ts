import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptanceRecord } from '@/lib/db/schema';
import { ENGINES, useTestDatabase } from '@/test-support/databases';
import { verifyLedger } from '@/lib/acceptance/ledger';
import { listAgreements, recordAcceptance, userStatus } from './acceptances-api';
import { createApiKey } from './api-keys';
import { MAX_BODY_BYTES } from './read-json';

const SECRET = 'api-test-secret-api-test-secret-0123456789';
const URL = 'http://localhost/api/v1/acceptances';
const VALID = { userId: 'u-42', agreement: 'kmct-service-agreement', version: '2020-11-26', wording: 'I agree to the KMCT Service Agreement' };

describe.each(ENGINES)('acceptance API on %s', (engine) => {
  const testDatabase = useTestDatabase(engine);
  let key: string;
  let otherKey: string;
  beforeAll(async () => {
    key = await createApiKey(testDatabase().db, 'shop');
    otherKey = await createApiKey(testDatabase().db, 'forum');
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    recordAcceptance(testDatabase().db, SECRET, new Request(URL, { method: 'POST', body, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers } }));
  const records = async () => (await testDatabase().db.select({ n: count() }).from(acceptanceRecord))[0]?.n;
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    return (await response.json()) as { status: number; title: string; errors?: { field: string; message: string }[] };
  };

  it('records a valid acceptance and reports it in the status', async () => {
    const response = await post(JSON.stringify(VALID));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ seq: 1, agreement: 'kmct-service-agreement', version: '2020-11-26', contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const status = await userStatus(testDatabase().db, new Request('http://localhost', { headers: { authorization: `Bearer ${key}` } }), 'u-42');
    expect(await status.json()).toEqual({
      userId: 'u-42',
      agreements: [
        expect.objectContaining({ agreement: 'kmct-service-agreement', currentVersion: '2020-11-26', acceptedVersion: '2020-11-26', currentAccepted: true, changeSinceAccepted: 'none', acceptanceRequired: false }),
        expect.objectContaining({ agreement: 'product-terms-of-service', currentVersion: '2020-12-31', acceptedVersion: null, currentAccepted: false, changeSinceAccepted: 'never-accepted', acceptanceRequired: true }),
      ],
    });
  });

  it("keeps each host's users apart", async () => {
    const status = await userStatus(testDatabase().db, new Request('http://localhost', { headers: { authorization: `Bearer ${otherKey}` } }), 'u-42');
    const body = (await status.json()) as { agreements: { currentAccepted: boolean }[] };
    expect(body.agreements.every((agreement) => !agreement.currentAccepted)).toBe(true);
  });

  it.each([
    ['no key', { authorization: '' }, 401],
    ['a malformed key', { authorization: 'Bearer nope' }, 401],
    ['a well-formed but unknown key', { authorization: `Bearer accord_${'a'.repeat(16)}_${'b'.repeat(43)}` }, 401],
    ['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
  ])('refuses %s, writing nothing', async (_, headers, status) => {
    const before = await records();
    const merged = Object.entries({ authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers }).filter(([, value]) => value !== '');
    const response = await recordAcceptance(testDatabase().db, SECRET, new Request(URL, { method: 'POST', body: JSON.stringify(VALID), headers: merged }));
    expect(response.status).toBe(status);
    expect((await problemOf(response)).status).toBe(status);
    expect(await records()).toBe(before);
  });

  it('names the problem with malformed, oversized, incomplete or unexpected bodies', async () => {
    const before = await records();
    expect((await post('{"userId": ')).status).toBe(400);
    expect((await post(JSON.stringify({ ...VALID, wording: 'x'.repeat(MAX_BODY_BYTES) }))).status).toBe(413);
    const missing = await problemOf(await post(JSON.stringify({ agreement: 'kmct-service-agreement', version: '2020-11-26' })));
    expect(missing.status).toBe(422);
    expect(missing.errors?.map((error) => error.field).sort()).toEqual(['userId', 'wording']);
    const unknownField = await problemOf(await post(JSON.stringify({ ...VALID, admin: true })));
    expect(unknownField.errors).toEqual([{ field: 'admin', message: 'is not a known field' }]);
    const badAgreement = await problemOf(await post(JSON.stringify({ ...VALID, agreement: 'nope' })));
    expect(badAgreement.errors?.[0]?.field).toBe('agreement');
    const badVersion = await problemOf(await post(JSON.stringify({ ...VALID, version: '1999-01-01' })));
    expect(badVersion.errors?.[0]?.field).toBe('version');
    expect(await records()).toBe(before);
    expect((await verifyLedger(testDatabase().db)).ok).toBe(true);
  });

  it('lists the current agreements and their hashes', async () => {
    const response = await listAgreements(testDatabase().db, new Request('http://localhost', { headers: { authorization: `Bearer ${key}` } }));
    const body = (await response.json()) as { agreements: { slug: string; version: string; texts: { language: string }[] }[] };
    expect(body.agreements.map((agreement) => `${agreement.slug}@${agreement.version}`)).toEqual(['kmct-service-agreement@2020-11-26', 'product-terms-of-service@2020-12-31']);
  });
});
