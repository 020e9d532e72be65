import net from 'node:net';
import { expect, test } from '@playwright/test';
import { inArray } from 'drizzle-orm';
import { verifyLedger } from '../lib/ledger/records';
import { createApiKey } from '../lib/api/api-keys';
import { acceptanceRecord } from '../lib/db/schema';
import { createTestDatabase } from '../test-support/databases';
import { postAcceptance, startServer, stopServer, waitUntilUp } from './server-process';

// PostgreSQL goes away in the middle of a load and comes back. The app reaches it through a TCP proxy
// that this test cuts and restores, so the machine's PostgreSQL keeps serving everything else.
const APP_PORT = 3107;
const PROXY_PORT = 3190;
const BASE = `http://127.0.0.1:${APP_PORT}`;

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'no browser involved'));
test.setTimeout(120_000);

/** Forwards 127.0.0.1:PROXY_PORT to PostgreSQL; `cut` drops every connection and refuses new ones. */
function databaseLink() {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(5432, '127.0.0.1');
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(PROXY_PORT, '127.0.0.1', resolve);
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server) server.close(() => resolve());
      else resolve();
      server = null;
    });
  return { open, cut };
}

test('PostgreSQL stopping under load gives 503 with Retry-After, and the app recovers when it is back', async () => {
  const database = await createTestDatabase('postgres');
  const link = databaseLink();
  await link.open();
  const key = await createApiKey(database.db, 'load');
  const server = startServer(APP_PORT, { DATABASE_URL: (database.url ?? '').replace(':5432/', `:${PROXY_PORT}/`), ACCORD_SECRET: 'fault-test-secret-fault-test-secret-0001' });
  try {
    await waitUntilUp(BASE);
    const acknowledged: string[] = [];
    const outcomes: { status: number; retryAfter: string | null; phase: string }[] = [];
    let phase = 'up';
    let sent = 0;
    const post = async (n: number) => {
      const response = await postAcceptance(BASE, key, n);
      outcomes.push({ status: response.status, retryAfter: response.headers.get('retry-after'), phase });
      const body = (await response.json()) as { id?: string; detail?: string };
      if (response.status === 201 && body.id) acknowledged.push(body.id);
    };
    // Four clients, bounded: at most 4,000 requests and until the test says stop.
    let running = true;
    const clients = Array.from({ length: 4 }, async () => {
      while (running && sent < 4000) await post(sent++);
    });
    const waitFor = async (check: () => boolean) => {
      for (let i = 0; i < 300 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(check()).toBe(true);
    };

    await waitFor(() => acknowledged.length >= 50);
    phase = 'down';
    await link.cut();
    await waitFor(() => outcomes.filter((outcome) => outcome.phase === 'down' && outcome.status === 503).length >= 10);
    phase = 'back';
    await link.open();
    const before = acknowledged.length;
    await waitFor(() => acknowledged.length >= before + 50);
    running = false;
    await Promise.all(clients);

    expect(new Set(outcomes.map((outcome) => outcome.status))).toEqual(new Set([201, 503]));
    for (const outcome of outcomes.filter((candidate) => candidate.status === 503)) expect(outcome.retryAfter).toBe('5');
    const stored = await database.db.select({ id: acceptanceRecord.id }).from(acceptanceRecord).where(inArray(acceptanceRecord.id, acknowledged));
    expect(stored).toHaveLength(acknowledged.length);
    expect((await verifyLedger(database.db)).ok).toBe(true);
    test.info().annotations.push({
      type: 'figures',
      description: `${outcomes.length} requests: ${acknowledged.length} acknowledged, ${outcomes.filter((outcome) => outcome.status === 503).length} answered 503 while PostgreSQL was away`,
    });
  } finally {
    stopServer(server);
    await link.cut();
    await database.dispose();
  }
});
