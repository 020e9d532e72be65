import { expect, test } from '@playwright/test';

// The API's behaviour is covered in lib/api/acceptances-api.test.ts on both databases; this checks
// the routes as the production server serves them.
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'browser-independent'));

test('the API refuses a request without a key with problem+json, writing nothing', async ({ request }) => {
  const response = await request.post('/api/v1/acceptances', { data: { userId: '1' } });
  expect(response.status()).toBe(401);
  expect(response.headers()['content-type']).toBe('application/problem+json');
  expect(response.headers()['www-authenticate']).toBe('Bearer');
  expect(await response.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
  expect((await request.get('/api/v1/users/1/status')).status()).toBe(401);
});

test('the acceptance routes, which server.ts answers itself, carry the same headers as any Next.js route', async ({ request }) => {
  for (const path of ['/api/v1/acceptances', '/api/v1/acceptances:batch', '/api/v1/acceptances?ignored=query']) {
    const response = await request.post(path, { data: {} });
    expect(response.status(), path).toBe(401);
    const headers = response.headers();
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  }
  // Other methods on those paths are Next.js's to answer.
  expect((await request.get('/api/v1/acceptances')).status()).toBe(405);
});

test('the OpenAPI document describes the API', async ({ request }) => {
  const document = await (await request.get('/api/v1/openapi.json')).json();
  expect(document.openapi).toBe('3.1.0');
  expect(Object.keys(document.paths)).toEqual([
    '/api/v1/acceptances',
    '/api/v1/acceptances:batch',
    '/api/v1/users/{id}/status',
    '/api/v1/ledger/records/{seq}/proof',
    '/api/v1/ledger/consistency',
    '/api/v1/ledger/checkpoints',
    '/api/v1/agreements',
  ]);
  expect(document.paths['/api/v1/acceptances'].post.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(['Idempotency-Key']);
  expect(document.components.schemas.AcceptanceInput.required).toEqual(expect.arrayContaining(['userId', 'agreement', 'version', 'wording']));
});
