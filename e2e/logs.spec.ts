import { expect, test } from '@playwright/test';
import { createApiKey } from '../lib/api/api-keys';
import { createTestDatabase } from '../test-support/databases';
import { signUpAcceptingAll } from './fixtures';
import { startServer, stopServer, waitUntilUp } from './server-process';

// What the server writes while people sign up and host services call the API: structured lines with
// request ids, and never a password, an API key, an email or a full IP address.
const PORT = 3108;
const BASE = `http://127.0.0.1:${PORT}`;

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'runs its own server; once is enough'));
test.setTimeout(90_000);

test('logs are JSON lines with request ids, and hold no secrets or personal data', async ({ browser }) => {
  const database = await createTestDatabase('postgres');
  let output = '';
  // The test stands in for a reverse proxy on 127.0.0.1, so its X-Forwarded-For is believed.
  const server = startServer(PORT, { DATABASE_URL: database.url ?? '', ACCORD_SECRET: 'logs-test-secret-logs-test-secret-000001', TRUSTED_PROXIES: '127.0.0.1' }, (text) => {
    output += text;
  });
  const email = `logged-${Date.now()}@example.com`;
  const password = 'a very secret passphrase 42';
  try {
    await waitUntilUp(BASE);
    const key = await createApiKey(database.db, 'shop');
    const page = await browser.newPage({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.23' } });
    await signUpAcceptingAll(page, email, password, BASE);
    await page.close();

    const calls = [
      { authorization: `Bearer ${key}`, body: { userId: 'h-1', agreement: 'kmct-service-agreement', version: '2020-11-26', wording: 'I agree', email: 'host-user@example.com', ipAddress: '203.0.113.99' } },
      { authorization: `Bearer ${key}`, body: { userId: 'h-1', agreement: 'nope', version: 'x', wording: 'I agree', email: 'host-user@example.com' } },
      { authorization: 'Bearer accord_wrongwrongwrong_secretsecretsecret', body: {} },
      // A NUL byte used to reach the database, fail with a 500 and log the email and address with it.
      { authorization: `Bearer ${key}`, body: { userId: 'h-2', agreement: 'kmct-service-agreement', version: '2020-11-26', wording: 'I agree', email: 'nul-user@example.com', ipAddress: '203.0.113.98', timeZone: 'UTC\u0000' } },
    ];
    for (const call of calls) {
      const response = await fetch(`${BASE}/api/v1/acceptances`, {
        method: 'POST',
        headers: { authorization: call.authorization, 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.23', 'x-request-id': 'trace-0123456789' },
        body: JSON.stringify(call.body),
      });
      expect(response.headers.get('x-request-id')).toBe('trace-0123456789');
    }
    const fresh = await fetch(`${BASE}/api/v1/agreements`, { headers: { authorization: `Bearer ${key}` } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    await expect.poll(() => output.split('\n').filter((line) => line.includes('"api request"')).length).toBeGreaterThanOrEqual(5);
    const lines = output.split('\n').filter((line) => line.startsWith('{'));
    const apiLines = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === 'api request');
    expect(apiLines.filter((entry) => entry.requestId === 'trace-0123456789').map((entry) => entry.status)).toEqual([201, 422, 401, 422]);
    for (const entry of apiLines) expect(entry).toMatchObject({ service: 'accord', method: expect.any(String), path: expect.stringMatching(/^\/api\/v1\//), ms: expect.any(Number) });
    expect(apiLines.some((entry) => entry.network === '198.51.100.0/24')).toBe(true);
    for (const secret of [password, key, 'accord_wrongwrongwrong_secretsecretsecret', email, 'host-user@example.com', 'nul-user@example.com', '198.51.100.23', '203.0.113.99', '203.0.113.98']) {
      expect(output, `the log contains ${secret}`).not.toContain(secret);
    }
  } finally {
    stopServer(server);
    await database.dispose();
  }
});
