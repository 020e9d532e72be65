import { createServer, type Server, type Socket, connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { createApiKey } from '../lib/api/api-keys';
import { createTestDatabase } from '../test-support/databases';
import { postAcceptance, startServer, stopServer, TEST_RATE_LIMITS, waitUntilUp } from './server-process';

// Issue 17: what a proxy or an orchestrator asks of an instance. /healthz: the process answers;
// /readyz: it can serve (database reachable, migrations applied, storage writable), never cached.
const PORT = 3120;
const RELAY_PORT = 3121;
const METRICS_PORT = 3122;
const BASE = `http://127.0.0.1:${PORT}`;

/** A TCP relay to PostgreSQL that the test can cut (every connection dropped, no new ones) and restore. */
function postgresRelay() {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(5432, '127.0.0.1');
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      }).listen(RELAY_PORT, '127.0.0.1', resolve);
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server) server.close(() => resolve());
      else resolve();
    });
  return { open, cut };
}

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'browser-independent; runs its own server'));
test.setTimeout(120_000);

test('the suite server is alive and ready, on the embedded database, and says so uncached', async ({ request }) => {
  const health = await request.get('/healthz');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const ready = await request.get('/readyz');
  expect(ready.status()).toBe(200);
  expect(ready.headers()['cache-control']).toBe('no-store');
  const body = (await ready.json()) as { status: string; checks: { name: string; ok: boolean; detail: string }[] };
  expect(body.status).toBe('ready');
  expect(body.checks.map((check) => check.name).sort()).toEqual(['database', 'migrations', 'storage']);
  expect(body.checks.find((check) => check.name === 'migrations')?.detail).toMatch(/^(\d+) of \1 applied$/);
  // Not localised, not redirected: an orchestrator calls these as they are.
  expect((await request.get('/healthz', { maxRedirects: 0 })).status()).toBe(200);
});

test('/readyz turns 503 when PostgreSQL is cut off and 200 when it is back; /healthz stays 200', async () => {
  const database = await createTestDatabase('postgres');
  const relay = postgresRelay();
  await relay.open();
  const url = new URL(database.url ?? '');
  url.port = String(RELAY_PORT);
  const server = startServer(PORT, { DATABASE_URL: url.toString() });
  const readyz = async () => {
    const response = await fetch(`${BASE}/readyz`);
    return { status: response.status, body: (await response.json()) as { status: string; checks: { name: string; ok: boolean; detail: string }[] } };
  };
  try {
    await waitUntilUp(BASE);
    expect(await readyz()).toMatchObject({ status: 200, body: { status: 'ready' } });

    await relay.cut();
    const cut = await readyz();
    expect(cut.status).toBe(503);
    expect(cut.body.status).toBe('not ready');
    const check = cut.body.checks.find((entry) => entry.name === 'database');
    expect(check).toMatchObject({ ok: false, detail: expect.stringMatching(/^unreachable/) });
    expect(JSON.stringify(cut.body)).not.toContain(database.url ?? '-');
    expect((await fetch(`${BASE}/healthz`)).status).toBe(200);

    await relay.open();
    await expect.poll(async () => (await readyz()).status, { timeout: 30_000 }).toBe(200);
  } finally {
    stopServer(server);
    await relay.cut();
    await database.dispose();
  }
});

/** The value of the sample `name{…}` whose labels include all of `labels`; undefined if none. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text
    .split('\n')
    .find((entry) => entry.startsWith(`${name}{`) && Object.entries(labels).every(([key, value]) => entry.includes(`${key}="${value}"`)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

test('Prometheus metrics on their own port count requests by route, appends, the ledger and refusals', async () => {
  const database = await createTestDatabase('postgres');
  const server = startServer(PORT, {
    DATABASE_URL: database.url ?? '',
    ACCORD_SECRET: 'metrics-test-secret-metrics-test-secret-01',
    METRICS_PORT: String(METRICS_PORT),
    ACCORD_RATE_LIMITS: TEST_RATE_LIMITS.replace('api-auth=1000/60', 'api-auth=1/60'),
  });
  try {
    await waitUntilUp(BASE);
    const key = await createApiKey(database.db, 'shop');
    for (let n = 0; n < 3; n++) expect((await fetch(`${BASE}/en/agreements/kmct-service-agreement`)).status).toBe(200);
    expect((await fetch(`${BASE}/wp-login.php`)).status).toBe(404);
    for (let n = 0; n < 2; n++) expect((await postAcceptance(BASE, key, n)).status).toBe(201);
    // A wrong key twice: the second is over the limit of one failed authentication a minute.
    expect((await postAcceptance(BASE, 'wrong-key', 9)).status).toBe(401);
    expect((await postAcceptance(BASE, 'wrong-key', 9)).status).toBe(429);

    // Not on the public port.
    const publicMetrics = await fetch(`${BASE}/metrics`);
    expect(publicMetrics.status).toBe(404);
    expect(await publicMetrics.text()).not.toContain('accord_http_requests_total');

    const response = await fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(sample(text, 'accord_http_requests_total', { route: '/[locale]/agreements/[slug]', method: 'GET', status: '200' })).toBe(3);
    expect(sample(text, 'accord_http_requests_total', { route: 'other', status: '404' })).toBe(1);
    expect(sample(text, 'accord_http_requests_total', { route: '/api/v1/acceptances', method: 'POST', status: '201' })).toBe(2);
    expect(sample(text, 'accord_http_request_duration_seconds_count', { route: '/api/v1/acceptances', status: '201' })).toBe(2);
    expect(sample(text, 'accord_ledger_appended_records_total', { method: 'api' })).toBe(2);
    expect(text).toMatch(/^accord_ledger_records 2$/m);
    // Two acceptances sent one after the other: two transactions of one record each.
    expect(text).toMatch(/^accord_ledger_append_batch_records_count 2$/m);
    expect(text).toMatch(/^accord_ledger_append_batch_records_bucket\{le="1"\} 2$/m);
    expect(sample(text, 'accord_rate_limit_refusals_total', { kind: 'api-auth' })).toBe(1);
    // No raw paths as label values: only route patterns.
    expect(text).not.toContain('wp-login');
    expect(text).not.toContain('kmct-service-agreement');
  } finally {
    stopServer(server);
    await database.dispose();
  }
});
