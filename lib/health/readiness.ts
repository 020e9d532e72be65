import 'server-only';
import { sql } from 'drizzle-orm';
import { getDatabase } from '@/lib/db/database';
import { expectedMigrations } from '@/lib/db/migrate';
import { ensureRoom, ensureWritable } from '@/lib/db/open-database';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';

/** A readiness check that takes longer than this has failed: a proxy should stop sending requests. */
const CHECK_TIMEOUT_MS = 2_000;

export interface ReadinessCheck {
  name: 'database' | 'migrations' | 'storage';
  ok: boolean;
  /** What a person on call reads: never a connection string or a stack. */
  detail: string;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const reason = (error: unknown) =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? `${error.code}` : error instanceof Error ? error.message : String(error);

/**
 * Whether this instance can serve requests that need the database: it answers (a round trip within 2 s),
 * every migration this build knows is applied, and, on the embedded database, its directory takes a
 * write and has room. What fails is logged with its cause and reported by name.
 */
export async function readiness(): Promise<Readiness> {
  const checks: ReadinessCheck[] = [];
  const { databaseUrl, dataDir } = env();
  if (!databaseUrl) {
    try {
      ensureWritable(dataDir);
      ensureRoom(dataDir);
      checks.push({ name: 'storage', ok: true, detail: 'the data directory takes writes and has room' });
    } catch (error) {
      logger.error({ err: error }, 'readiness: data directory');
      checks.push({ name: 'storage', ok: false, detail: 'the data directory cannot be written or is full' });
    }
  }
  try {
    const db = await withinTimeout(getDatabase());
    const [row] = await withinTimeout(db.select({ n: sql<number>`count(*)::int` }).from(sql`drizzle.__drizzle_migrations`));
    checks.push({ name: 'database', ok: true, detail: 'answers' });
    const applied = row?.n ?? 0;
    const expected = expectedMigrations();
    checks.push({ name: 'migrations', ok: applied >= expected, detail: `${applied} of ${expected} applied` });
  } catch (error) {
    logger.error({ err: error }, 'readiness: database');
    checks.push({ name: 'database', ok: false, detail: `unreachable (${reason(error)})` });
  }
  return { ready: checks.every((check) => check.ok), checks };
}
