import fc from 'fast-check';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRequest } from '@/test-support/requests';
import { responseOf, webRoute } from '@/lib/api/answer';
import { acceptancePersonalData, acceptanceRecord } from '@/lib/db/schema';
import { ENGINES, useTestDatabase } from '@/test-support/databases';
import { verifyLedger } from '@/lib/ledger/records';
import { listAgreements, recordAcceptance, recordAcceptanceBatch, userStatus } from './acceptances-api';
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
    webRoute((request) => recordAcceptance(testDatabase().db, SECRET, request))(appRequest(URL, { method: 'POST', body, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers } }));
  const records = async () => (await testDatabase().db.select({ n: count() }).from(acceptanceRecord))[0]?.n ?? 0;
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    return (await response.json()) as { status: number; title: string; errors?: { field: string; message: string }[] };
  };

  it('records a valid acceptance and reports it in the status', async () => {
    const response = await post(JSON.stringify(VALID));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ seq: 1, agreement: 'kmct-service-agreement', version: '2020-11-26', contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const status = responseOf(await userStatus(testDatabase().db, SECRET, appRequest('http://localhost', { headers: { authorization: `Bearer ${key}` } }).headers, 'u-42'));
    expect(await status.json()).toEqual({
      userId: 'u-42',
      agreements: [
        expect.objectContaining({ agreement: 'kmct-service-agreement', currentVersion: '2020-11-26', acceptedVersion: '2020-11-26', currentAccepted: true, changeSinceAccepted: 'none', acceptanceRequired: false }),
        expect.objectContaining({ agreement: 'product-terms-of-service', currentVersion: '2020-12-31', acceptedVersion: null, currentAccepted: false, changeSinceAccepted: 'never-accepted', acceptanceRequired: true }),
      ],
    });
  });

  it("keeps each host's users apart", async () => {
    const status = responseOf(await userStatus(testDatabase().db, SECRET, appRequest('http://localhost', { headers: { authorization: `Bearer ${otherKey}` } }).headers, 'u-42'));
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
    const response = await webRoute((request) => recordAcceptance(testDatabase().db, SECRET, request))(appRequest(URL, { method: 'POST', body: JSON.stringify(VALID), headers: merged }));
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

  // Issue 15.2: a lone surrogate used to be stored as U+FFFD (breaking the record's hash), a NUL to fail
  // with a 500. Each is now a 422 naming the field, and nothing is written.
  it.each([
    ['userId', '\ud800'],
    ['userId', 'u-\u0000'],
    ['pageUrl', 'https://shop.example/\ud800'],
    ['timeZone', '\ud800'],
    ['timeZone', 'Asia/Shanghai\u0000'],
    ['userAgent', 'Agent\u0007'],
    ['wording', 'I agree\udfff'],
    ['wording', 'I agree\u0000'],
    ['version', '2020-11-26\u0000'],
  ])('refuses %s with a lone surrogate or a control character (%j), writing nothing', async (field, value) => {
    const before = await records();
    const response = await post(JSON.stringify({ ...VALID, [field]: value }));
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors?.map((error) => error.field)).toEqual([field]);
    expect(await records()).toBe(before);
  });

  it('keeps multi-line wording, and records only pseudonyms of the host user id and the page', async () => {
    const response = await post(JSON.stringify({ ...VALID, userId: 'customer-7', wording: 'I agree\nAccept', pageUrl: 'https://shop.example/terms?email=a%40b.example#accept' }));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const [row] = await testDatabase().db.select().from(acceptanceRecord).where(eq(acceptanceRecord.id, id));
    expect(row?.userId).toMatch(/^host:shop:hmac-sha256:[0-9a-f]{64}$/);
    expect(row?.pageUrl).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain('customer-7');
    expect(JSON.stringify(row)).not.toContain('shop.example');
    const [personal] = await testDatabase().db.select().from(acceptancePersonalData).where(eq(acceptancePersonalData.recordId, id));
    expect(personal).toMatchObject({ hostUserId: 'customer-7', pageUrl: 'https://shop.example/terms' });
    const status = responseOf(await userStatus(testDatabase().db, SECRET, appRequest('http://localhost', { headers: { authorization: `Bearer ${key}` } }).headers, 'customer-7'));
    expect(await status.json()).toMatchObject({ agreements: [{ agreement: 'kmct-service-agreement', currentAccepted: true }, { currentAccepted: false }] });
  });

  it('answers a retried Idempotency-Key with the first answer, even in parallel, and refuses it with another body', async () => {
    const before = await records();
    const body = JSON.stringify({ ...VALID, userId: 'retrying' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(body, { 'idempotency-key': 'order-1234' })));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    const texts = await Promise.all(answers.map((answer) => answer.text()));
    expect(new Set(texts).size).toBe(1);
    expect(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true')).toHaveLength(4);
    expect(await records()).toBe(before + 1);
    const other = await post(JSON.stringify({ ...VALID, userId: 'someone-else' }), { 'idempotency-key': 'order-1234' });
    expect(other.status).toBe(422);
    expect((await problemOf(other)).errors).toEqual([{ field: 'Idempotency-Key', message: 'was already used with a different request body' }]);
    const malformed = await post(body, { 'idempotency-key': 'has spaces in it' });
    expect((await problemOf(malformed)).errors?.[0]?.field).toBe('Idempotency-Key');
    // Another host's key of the same name is its own.
    const forum = await webRoute((request) => recordAcceptance(testDatabase().db, SECRET, request))(appRequest(URL, { method: 'POST', body, headers: { authorization: `Bearer ${otherKey}`, 'content-type': 'application/json', 'idempotency-key': 'order-1234' } }));
    expect(forum.status).toBe(201);
    expect(await records()).toBe(before + 2);
  });

  it('either refuses any string in any field with a 422, or records it so that the ledger verifies', async () => {
    const fields = ['userId', 'agreement', 'version', 'language', 'wording', 'userAgent', 'pageUrl', 'timeZone', 'email', 'ipAddress'] as const;
    const nasty = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\u0000', '\u0085', '\u2028', 'a', '\n', '\t', '😀'), maxLength: 8 }),
      fc.webUrl().chain((url) => fc.constantFrom(url, `${url}\ud800`, `${url}\u0000`)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), nasty, async (field, value) => {
        const before = await records();
        const response = await post(JSON.stringify({ ...VALID, [field]: value }));
        expect([201, 422]).toContain(response.status);
        expect(await records()).toBe(before + (response.status === 201 ? 1 : 0));
      }),
      { numRuns: engine === 'pglite' ? 300 : 150 },
    );
    expect(await verifyLedger(testDatabase().db)).toMatchObject({ ok: true, failureCount: 0 });
  }, 120_000);

  it('records a batch: each acceptance checked and answered on its own, in order, duplicates and bad ones apart', async () => {
    const before = await records();
    const acceptances = Array.from({ length: 300 }, (_, i) => ({ ...VALID, userId: `bulk-${i}`, idempotencyKey: `bulk-${i}` }));
    acceptances[7] = { ...VALID, userId: '\ud800', idempotencyKey: 'bulk-7' };
    acceptances[8] = { ...VALID, version: '1999-01-01', idempotencyKey: 'bulk-8' };
    acceptances[9] = { ...acceptances[10], idempotencyKey: 'bulk-10' } as (typeof acceptances)[number];
    acceptances[11] = { ...VALID, userId: 'other', idempotencyKey: 'bulk-10' };
    const response = await webRoute((request) => recordAcceptanceBatch(testDatabase().db, SECRET, request))(appRequest(`${URL}:batch`, { method: 'POST', body: JSON.stringify({ acceptances }), headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } }));
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { index: number; status: number; replayed?: boolean; body: { seq?: number; errors?: { field: string }[] } }[] };
    expect(results.map((result) => result.index)).toEqual(acceptances.map((_, i) => i));
    expect(results[7]).toMatchObject({ status: 422, body: { errors: [{ field: 'userId' }] } });
    expect(results[8]).toMatchObject({ status: 422, body: { errors: [{ field: 'version' }] } });
    // 9 and 10 are the same acceptance under one key: recorded once, the second answered with the first's answer.
    expect(results[9]?.status).toBe(201);
    expect(results[10]).toMatchObject({ status: 201, replayed: true, body: { seq: results[9]?.body.seq } });
    expect(results[11]).toMatchObject({ status: 422, body: { errors: [{ field: 'idempotencyKey' }] } });
    expect(results.filter((result) => result.status === 201 && !result.replayed)).toHaveLength(296);
    expect(await records()).toBe(before + 296);
    expect((await verifyLedger(testDatabase().db)).ok).toBe(true);
    // Sent again (a client retrying the whole batch), nothing is recorded twice.
    const again = await webRoute((request) => recordAcceptanceBatch(testDatabase().db, SECRET, request))(appRequest(`${URL}:batch`, { method: 'POST', body: JSON.stringify({ acceptances }), headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } }));
    expect(((await again.json()) as { results: { replayed?: boolean; status: number }[] }).results.filter((result) => result.status === 201 && !result.replayed)).toHaveLength(0);
    expect(await records()).toBe(before + 296);
  }, 60_000);

  it('refuses a batch that is empty, too long or not a batch, writing nothing', async () => {
    const before = await records();
    const send = (body: unknown) => webRoute((request) => recordAcceptanceBatch(testDatabase().db, SECRET, request))(appRequest(`${URL}:batch`, { method: 'POST', body: JSON.stringify(body), headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } }));
    for (const body of [{ acceptances: [] }, { acceptances: Array(501).fill(VALID) }, [VALID], { acceptances: [VALID], extra: 1 }]) expect((await send(body)).status).toBe(422);
    expect(await records()).toBe(before);
  });

  it('lists the current agreements and their hashes', async () => {
    const response = responseOf(await listAgreements(testDatabase().db, appRequest('http://localhost', { headers: { authorization: `Bearer ${key}` } }).headers));
    const body = (await response.json()) as { agreements: { slug: string; version: string; texts: { language: string }[] }[] };
    expect(body.agreements.map((agreement) => `${agreement.slug}@${agreement.version}`)).toEqual(['kmct-service-agreement@2020-11-26', 'product-terms-of-service@2020-12-31']);
  });
});
