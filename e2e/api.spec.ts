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
