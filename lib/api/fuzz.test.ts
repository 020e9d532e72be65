import fc from 'fast-check';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRequest } from '@/test-support/requests';
import { responseOf, webRoute } from '@/lib/api/answer';
import { parseAgreementFields } from '@/lib/acceptance/agreement-fields';
import { parseSignupForm } from '@/lib/acceptance/signup-form';
import { parseRecordFilter } from '@/lib/admin/record-filter';
import { safeReturnPath } from '@/lib/auth/return-path';
import { acceptanceRecord } from '@/lib/db/schema';
import { getComparison } from '@/lib/versions/comparison';
import { useTestDatabase } from '@/test-support/databases';
import { listAgreements, recordAcceptance, userStatus } from './acceptances-api';
import { createApiKey } from './api-keys';

// Thousands of random and malformed requests against every API handler and form parser: never a 500,
// never a stack trace in a response, and nothing written unless the request was a valid acceptance.
const SECRET = 'fuzz-secret-fuzz-secret-fuzz-secret-0123';
const URL = 'http://localhost/api/v1/acceptances';
const VALID = { userId: 'u-1', agreement: 'kmct-service-agreement', version: '2020-11-26', wording: 'I agree' };
const STACK = /\bat \S+ \(|\bat \/|node_modules|\.ts:\d+/;

/** Bodies: arbitrary text, JSON values, valid bodies with one field replaced, bytes that are not UTF-8. */
const bodies = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 3 }),
  fc.record({ field: fc.constantFrom(...Object.keys(VALID), 'email', 'ipAddress', 'pageUrl', 'language', 'extra'), value: fc.jsonValue({ maxDepth: 2 }) }).map(({ field, value }) => JSON.stringify({ ...VALID, [field]: value })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.constant('x'.repeat(20_000)),
);
const contentTypes = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', '', 'APPLICATION/JSON', 'application/jsonx');

async function expectClean(response: Response, allowed: number[]) {
  expect(allowed).toContain(response.status);
  const text = await response.text();
  expect(text).not.toMatch(STACK);
  if (response.status >= 400) expect(JSON.parse(text)).toMatchObject({ status: response.status, title: expect.any(String), detail: expect.any(String) });
}

describe('fuzzing the API handlers (PGlite)', () => {
  const testDatabase = useTestDatabase('pglite');
  let key: string;
  const records = async () => (await testDatabase().db.select({ n: count() }).from(acceptanceRecord))[0]?.n ?? 0;
  beforeAll(async () => {
    key = await createApiKey(testDatabase().db, 'fuzz');
  });

  it('POST /acceptances: every answer is a clean status, and only a 201 writes (exactly one record)', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, fc.constantFrom('valid', 'none', 'garbage', 'bearer-only'), async (body, type, auth) => {
        const authorization = { valid: `Bearer ${key}`, none: '', garbage: 'Basic Zm9vOmJhcg==', 'bearer-only': 'Bearer ' }[auth];
        const headers: Record<string, string> = {};
        if (authorization) headers.authorization = authorization;
        if (type) headers['content-type'] = type;
        const before = await records();
        const response = await webRoute((request) => recordAcceptance(testDatabase().db, SECRET, request))(appRequest(URL, { method: 'POST', body, headers }));
        await expectClean(response.clone(), [201, 400, 401, 413, 415, 422]);
        expect(await records()).toBe(before + (response.status === 201 ? 1 : 0));
      }),
      { numRuns: 1500 },
    );
  });

  it('GET /users/{id}/status and /agreements: clean answers for any id and any authorization', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), fc.oneof(fc.constant(`Bearer ${key}`), fc.string({ maxLength: 100 })), async (id, authorization) => {
        const headers: Record<string, string> = /^[\t\x20-\x7e]*$/.test(authorization) ? { authorization } : {};
        const request = appRequest('http://localhost/api/v1/users/x/status', { headers });
        await expectClean(responseOf(await userStatus(testDatabase().db, SECRET, request.headers, id)), [200, 401, 422]);
        await expectClean(responseOf(await listAgreements(testDatabase().db, appRequest('http://localhost/api/v1/agreements', { headers }).headers)), [200, 401]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fuzzing the form and query parsers', () => {
  const entries = fc.array(fc.tuple(fc.oneof(fc.constantFrom('email', 'password', 'accept', 'shown.kmct-service-agreement', 'timeZone', 'referrer', 'locale'), fc.string({ maxLength: 30 })), fc.string({ maxLength: 500 })), { maxLength: 20 });
  const form = (pairs: [string, string][]) => {
    const data = new FormData();
    for (const [name, value] of pairs) data.append(name, value);
    return data;
  };
  const query = fc.dictionary(fc.oneof(fc.constantFrom('from', 'to', 'view', 'agreement', 'version', 'method', 'email'), fc.string({ maxLength: 10 })), fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.string({ maxLength: 50 }), { maxLength: 3 })));

  it('signup and re-acceptance forms: parsed without throwing, anything malformed left out', () => {
    fc.assert(
      fc.property(entries, (pairs) => {
        const signup = parseSignupForm(form(pairs));
        expect(signup.typedEmail.length).toBeLessThanOrEqual(254);
        const fields = parseAgreementFields(form(pairs));
        expect(fields.accept.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 1000 },
    );
  });

  it('console filters and the compare query: never throw, always a usable answer', () => {
    fc.assert(
      fc.property(query, (params) => {
        const { filter, errors } = parseRecordFilter(params);
        for (const field of Object.keys(errors)) expect(filter).not.toHaveProperty(field);
        const comparison = getComparison('product-terms-of-service', params, 'en');
        expect(comparison?.ok === true || typeof comparison?.problem.kind === 'string').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('return paths: always a path on this site, in a locale', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 100 }), fc.webUrl(), fc.string().map((text) => `/en/${text}`), fc.string().map((text) => `//${text}`)), (value) => {
        expect(safeReturnPath(value, 'en')).toMatch(/^\/(en|zh)(\/[A-Za-z0-9._~\-/]*)?(\?[A-Za-z0-9=&._~%-]*)?$/);
        expect(safeReturnPath(value, 'en')).not.toContain('//');
      }),
      { numRuns: 2000 },
    );
  });
});
