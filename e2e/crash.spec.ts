import { expect, test } from '@playwright/test';
import { inArray } from 'drizzle-orm';
import { verifyLedger } from '../lib/ledger/records';
import { createApiKey } from '../lib/api/api-keys';
import { acceptanceRecord } from '../lib/db/schema';
import { createTestDatabase } from '../test-support/databases';
import { postAcceptance, startServer, stopServer, waitUntilUp } from './server-process';

// A production server on its own PostgreSQL database, killed with SIGKILL in the middle of a burst of
// API acceptances: every acceptance it acknowledged (201) must be in the ledger, which must verify.
const PORT = 3102;
const BASE = `http://127.0.0.1:${PORT}`;

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'no browser involved'));
test.setTimeout(120_000);

test('SIGKILL during a burst of API acceptances loses no acknowledged record', async () => {
  const database = await createTestDatabase('postgres');
  try {
    const key = await createApiKey(database.db, 'crash-test');
    const server = startServer(PORT, { DATABASE_URL: database.url ?? '', ACCORD_SECRET: 'crash-test-secret-crash-test-secret-0001' });
    await waitUntilUp(BASE);

    const acknowledged: string[] = [];
    let sent = 0;
    const post = async (n: number) => {
      const response = await postAcceptance(BASE, key, n);
      if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
    };
    // Ten clients keep posting (bounded: at most 2,000 requests) until the server dies under them.
    const clients = Array.from({ length: 10 }, async () => {
      while (sent < 2000) {
        const n = sent++;
        try {
          await post(n);
        } catch {
          return; // the server is gone
        }
      }
    });
    while (acknowledged.length < 100) await new Promise((resolve) => setTimeout(resolve, 20));
    stopServer(server, 'SIGKILL');
    await Promise.all(clients);

    expect(sent, 'the burst was cut short by the kill').toBeLessThan(2000);
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
    const stored = await database.db.select({ id: acceptanceRecord.id }).from(acceptanceRecord).where(inArray(acceptanceRecord.id, acknowledged));
    expect(stored.length).toBe(acknowledged.length);
    const verification = await verifyLedger(database.db);
    expect(verification.ok).toBe(true);
    expect(verification.size).toBeGreaterThanOrEqual(acknowledged.length);
    test.info().annotations.push({ type: 'figures', description: `${acknowledged.length} acknowledged, ${verification.size} in the ledger after SIGKILL` });
  } finally {
    await database.dispose();
  }
});
