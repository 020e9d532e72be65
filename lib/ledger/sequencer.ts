import type { Database } from '@/lib/db/open-database';
import type { RateLimit } from '@/lib/env';
import { countCommittedAppends } from '@/lib/metrics/metrics';
import { type NamedSource, takeQuotas } from '@/lib/rate-limit/quota';
import { LEDGER_LOCK_SOURCE, ledgerLockTaken, lockLedger } from './lock';
import { type AcceptanceInput, type AcceptanceRecord, appendAcceptances, appendAtOnce } from './records';

/**
 * What one request puts into a batch. `prepare` runs under the ledger lock: its checks, its own writes
 * (an idempotency key, say), and the acceptances it appends. A `prepare` that writes says so
 * (`writes: true`) and runs in a savepoint of its own, so that if it throws (a unique key taken), only
 * its writes are rolled back and only its request fails; one that only reads skips the savepoint's two
 * round trips, and its throw fails only its request too. `finish` runs once the item's records exist,
 * still inside the batch's transaction, and gives the request's answer.
 */
export interface BatchItem<T> {
  writes?: boolean;
  /**
   * Neither `prepare` nor `finish` uses the database (they are given it all the same, and may run
   * before the lock is taken): a batch of such items under one quota bucket is first tried as one
   * statement (appendAtOnce).
   */
  pure?: boolean;
  /**
   * A request limit the item counts against, in the batch's transaction: the items of a batch that
   * share a bucket are counted by one upsert, and an item over the limit fails with QuotaRefused
   * before it is prepared.
   */
  quota?: { bucket: string; limit: RateLimit };
  prepare: (tx: Database) => Promise<{ inputs: AcceptanceInput[]; finish: (tx: Database, records: AcceptanceRecord[]) => Promise<T> }>;
}

/** The item's request is over its limit: nothing of it was written. */
export class QuotaRefused extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`over the request limit; retry in ${retryAfterSeconds} s`);
    this.name = 'QuotaRefused';
  }
}

interface Queued {
  item: BatchItem<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Requests taken into one transaction at most. */
const MAX_BATCH = 500;

/**
 * Group commit: requests that append to the ledger while a batch is being written wait for the next
 * one, and each batch is one transaction under one lock, with one INSERT a table and one tree update
 * for all its records. A request is answered only once its batch has committed, so an acknowledged
 * record is a durable one; if the batch fails as a whole (the database is unreachable), every request
 * in it fails and nothing of it is kept. The next batch opens its transaction as soon as the one
 * before has written its records, and waits for the ledger lock while that one commits: a batch's
 * first round trips are not added to the time between commits. A batch of pure items (the API's
 * acceptances without an idempotency key) is first tried as one statement with no transaction
 * around it (appendAtOnce), which writes all of it or nothing.
 */
export class Sequencer {
  private readonly queue: Queued[] = [];
  /** A batch is being prepared and written, not yet committing: the next waits until it is. */
  private opening = false;

  constructor(
    private readonly db: Database,
    private readonly secret: string,
  ) {}

  submit<T>(item: BatchItem<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ item, resolve: resolve as (value: unknown) => void, reject });
      this.drain();
    });
  }

  private drain(): void {
    if (this.opening || this.queue.length === 0) return;
    this.opening = true;
    // Let the requests that arrive in the same turn of the event loop join this batch, rather than
    // the first one being written alone while its neighbours wait for another transaction.
    setImmediate(() => {
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        this.opening = false;
        this.drain();
      };
      const before = this.lastBatch;
      this.lastBatch = (async () => {
        if (!(await this.writeAtOnce(before))) await this.writeBatch(close);
      })().finally(close);
    });
  }

  /** The batch last opened, until it has committed (or failed). */
  private lastBatch: Promise<void> = Promise.resolve();

  /**
   * Writes the queued items by one statement (appendAtOnce), if they are all pure and count against
   * one quota bucket (or none), once the batch before has committed: so the statement sees its head.
   * False when it wrote nothing, and the items wait for a transaction (writeBatch); true when it
   * answered them.
   */
  private async writeAtOnce(before: Promise<void>): Promise<boolean> {
    const items = this.queue.slice(0, MAX_BATCH);
    const quota = items[0]?.item.quota;
    if (!items.every(({ item }) => item.pure && item.quota?.bucket === quota?.bucket)) return false;
    await before;
    let prepared: Awaited<ReturnType<BatchItem<unknown>['prepare']>>[];
    try {
      prepared = await Promise.all(items.map(({ item }) => item.prepare(this.db)));
    } catch {
      return false; // the transaction's way refuses just the item that failed
    }
    let records: AcceptanceRecord[] | null;
    try {
      records = await appendAtOnce(this.db, this.secret, prepared.flatMap((entry) => entry.inputs), quota ?? null);
    } catch (error) {
      // Perhaps written (a lost connection), or written otherwise than hashed: never tried again.
      this.queue.splice(0, items.length);
      for (const { reject } of items) reject(error);
      return true;
    }
    if (!records) return false;
    this.queue.splice(0, items.length);
    countCommittedAppends(records);
    let offset = 0;
    for (const [index, { resolve, reject }] of items.entries()) {
      const entry = prepared[index];
      const mine = records.slice(offset, offset + (entry?.inputs.length ?? 0));
      offset += mine.length;
      entry?.finish(this.db, mine).then(resolve, reject);
    }
    return true;
  }

  /**
   * Writes the requests queued when its transaction has begun (on PGlite, once the one before has
   * ended), as one batch; `written` is called once their records are written and it goes on to commit.
   */
  private async writeBatch(written: () => void): Promise<void> {
    let batch: Queued[] | undefined;
    const take = () => (batch = this.queue.splice(0, MAX_BATCH));
    const refused = new Map<Queued, unknown>();
    let answers: Map<Queued, unknown>;
    let appended: AcceptanceRecord[] = [];
    try {
      answers = await this.db.transaction(async (tx) => {
        const items = take();
        await this.lockAndCountQuotas(tx, items, refused);
        const prepared: { queued: Queued; inputs: AcceptanceInput[]; finish: (tx: Database, records: AcceptanceRecord[]) => Promise<unknown> }[] = [];
        for (const queued of items) {
          if (refused.has(queued)) continue;
          try {
            const { item } = queued;
            prepared.push({ queued, ...(await (item.writes ? tx.transaction((savepoint) => item.prepare(savepoint)) : item.prepare(tx))) });
          } catch (error) {
            refused.set(queued, error);
          }
        }
        const records = await appendAcceptances(tx, this.secret, prepared.flatMap((entry) => entry.inputs));
        appended = records;
        const results = new Map<Queued, unknown>();
        let offset = 0;
        for (const entry of prepared) {
          results.set(entry.queued, await entry.finish(tx, records.slice(offset, offset + entry.inputs.length)));
          offset += entry.inputs.length;
        }
        written();
        return results;
      });
    } catch (error) {
      // A transaction that could not even begin fails the requests it would have written.
      for (const queued of batch ?? take()) queued.reject(error);
      return;
    }
    countCommittedAppends(appended);
    for (const queued of batch ?? []) {
      if (refused.has(queued)) queued.reject(refused.get(queued));
      else queued.resolve(answers.get(queued));
    }
  }

  /**
   * Takes the ledger lock and counts the batch's requests: one upsert per quota bucket for the whole
   * batch, the first of them taking the lock (always before any quota row's, so two instances'
   * batches cannot deadlock); the items over their limit are refused.
   */
  private async lockAndCountQuotas(tx: Database, batch: Queued[], refused: Map<Queued, unknown>): Promise<void> {
    const buckets = new Map<string, { limit: RateLimit; items: Queued[] }>();
    for (const queued of batch) {
      const { quota } = queued.item;
      if (!quota) continue;
      const group = buckets.get(quota.bucket) ?? { limit: quota.limit, items: [] };
      group.items.push(queued);
      buckets.set(quota.bucket, group);
    }
    let lockWith: NamedSource | undefined = LEDGER_LOCK_SOURCE;
    for (const [bucket, { limit, items }] of buckets) {
      const decisions = await takeQuotas(tx, bucket, limit, items.length, new Date(), lockWith);
      if (lockWith) ledgerLockTaken(tx);
      lockWith = undefined;
      items.forEach((queued, index) => {
        const decision = decisions[index];
        if (decision && !decision.allowed) refused.set(queued, new QuotaRefused(decision.retryAfterSeconds));
      });
    }
    await lockLedger(tx);
  }
}

const SEQUENCERS = new WeakMap<Database, Sequencer>();

/** The one sequencer of a database handle in this process. */
export function sequencerFor(db: Database, secret: string): Sequencer {
  let sequencer = SEQUENCERS.get(db);
  if (!sequencer) SEQUENCERS.set(db, (sequencer = new Sequencer(db, secret)));
  return sequencer;
}
