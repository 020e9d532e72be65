import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type OpenDatabase } from '@/lib/db/open-database';

/** The machine's PostgreSQL (trust auth); each test database made from it is dropped afterwards. */
export const POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase extends OpenDatabase {
  /** A connection string usable by another process (PostgreSQL only). */
  url: string | null;
  dispose: () => Promise<void>;
}

async function adminQuery(text: string) {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database on either engine, private to the caller. */
export async function createTestDatabase(engine: 'pglite' | 'postgres'): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'accord-pglite-'));
    const opened = await openDatabase({ dataDir });
    return { ...opened, url: null, dispose: async () => { await opened.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const name = `accord_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = POSTGRES_ADMIN_URL.replace(/\/test$/, `/${name}`);
  const opened = await openDatabase({ databaseUrl: url });
  return {
    ...opened,
    url,
    dispose: async () => {
      await opened.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export const ENGINES = ['pglite', 'postgres'] as const;

/**
 * Gives the surrounding describe block its own database on `engine`, opened before its tests and
 * dropped after them. Call the returned function inside tests.
 */
export function useTestDatabase(engine: 'pglite' | 'postgres'): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  }, 60_000);
  afterAll(async () => {
    await database?.dispose();
  });
  return () => {
    if (!database) throw new Error('the test database is not open');
    return database;
  };
}
