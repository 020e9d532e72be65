import pg from 'pg';
import { logger } from '@/lib/log/logger';

/** Opening one connection to a server that does not answer gives up after this long: the database is down. */
const CONNECT_TIMEOUT_MS = 3_000;
/** A request may wait this long for a free connection when all are busy: a burst queues, it does not fail. */
const QUEUE_TIMEOUT_MS = 30_000;
/** Requests waiting for a connection beyond this many are refused at once (503): the queue is bounded. */
const MAX_WAITING = 500;

export interface PoolLimits {
  /** Connections at most. */
  max: number;
  /** Requests waiting for a connection at most. */
  maxWaiting: number;
}

/** All connections are busy and the queue is full: answer 503 and let the client retry. */
export class DatabaseBusyError extends Error {
  readonly code = 'ACCORD_DB_BUSY';
  constructor(waiting: number) {
    super(`the database is busy: ${waiting} requests are already waiting for a connection`);
    this.name = 'DatabaseBusyError';
  }
}

/** Each new connection times out on its own, well before a queued request would (see openPool). */
class TimedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

class BoundedPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly maxWaiting: number,
  ) {
    super(config);
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): Promise<pg.PoolClient> | void {
    if (this.waitingCount >= this.maxWaiting) {
      const busy = new DatabaseBusyError(this.waitingCount);
      if (callback) return callback(busy, undefined, () => undefined);
      return Promise.reject(busy);
    }
    return callback ? super.connect(callback) : super.connect();
  }
}

/**
 * A PostgreSQL pool that tells a busy database from a dead one. node-postgres uses one setting,
 * connectionTimeoutMillis, both for opening a connection and for waiting in the pool's queue, so a
 * burst that kept every connection busy for 3 s failed as if the server were down. Here a new
 * connection gives up after CONNECT_TIMEOUT_MS (a dead or unreachable server answers 503 fast), while
 * a request waits up to QUEUE_TIMEOUT_MS for a busy pool, and at most MAX_WAITING requests wait.
 */
export function openPool(connectionString: string, { max = 10, maxWaiting = MAX_WAITING }: Partial<PoolLimits> = {}): pg.Pool {
  const pool = new BoundedPool({ connectionString, max, connectionTimeoutMillis: QUEUE_TIMEOUT_MS, Client: TimedClient }, maxWaiting);
  // An idle connection that the server closes (restart, failover, admin command) must not crash
  // the process: the pool drops it and the next query opens a new one.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle PostgreSQL connection closed'));
  return pool;
}
