import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_ADMIN_URL } from '@/test-support/databases';
import { DatabaseBusyError, openPool } from './postgres-pool';
import { isDatabaseUnavailable } from './unavailable';

// Issue 15.8: a burst of signups failed with "timeout exceeded when trying to connect" because the pool
// treated waiting for a busy connection like failing to reach the server.
describe('PostgreSQL pool', () => {
  it('queues a burst on a busy pool until every request is served', async () => {
    const pool = openPool(POSTGRES_ADMIN_URL, { max: 2 });
    try {
      // 40 queries of 0.2 s on 2 connections: the last waits about 4 s, longer than a connection may take to open.
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.query<{ n: number }>('SELECT $1::int AS n FROM pg_sleep(0.2)', [i])));
      expect(results.map((result) => result.rows[0]?.n)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    } finally {
      await pool.end();
    }
  }, 30_000);

  describe('against a server that accepts connections and never answers', () => {
    let blackHole: Server;
    const sockets: Socket[] = [];
    let url = '';
    beforeAll(async () => {
      blackHole = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
      const address = blackHole.address();
      url = `postgres://nobody@127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/none`;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => blackHole.close(resolve));
    });

    it('fails with the connection timeout, which comes before the queue would have given up', async () => {
      const pool = openPool(url, { max: 2 });
      try {
        const error: unknown = await pool.query('SELECT 1').catch((caught: unknown) => caught);
        // The queue's own timeout says "timeout exceeded when trying to connect"; this is the connection's.
        expect(String(error)).toBe('Error: timeout expired');
        expect(isDatabaseUnavailable(error)).toBe(true);
      } finally {
        await pool.end();
      }
    });

    it('refuses at once, as busy, beyond the bounded queue', async () => {
      const pool = openPool(url, { max: 2, maxWaiting: 2 });
      try {
        const queries = Array.from({ length: 4 }, () => pool.query('SELECT 1').catch((caught: unknown) => caught));
        const refused: unknown = await pool.query('SELECT 1').catch((caught: unknown) => caught);
        expect(refused).toBeInstanceOf(DatabaseBusyError);
        expect(isDatabaseUnavailable(refused)).toBe(true);
        for (const error of await Promise.all(queries)) expect(isDatabaseUnavailable(error)).toBe(true);
      } finally {
        await pool.end();
      }
    }, 20_000);
  });
});
