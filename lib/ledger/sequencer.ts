import type { Database } from '@/lib/db/open-database';
import type { RateLimit } from '@/lib/env';
import { countCommittedAppends } from '@/lib/metrics/metrics';
import { takeQuotas } from '@/lib/rate-limit/quota';
import { lockLedger } from './lock';
import { type AcceptanceInput, type AcceptanceRecord, appendAcceptances } from './records';

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
 * in it fails and nothing of it is kept.
 */
export class Sequencer {
  private readonly queue: Queued[] = [];
  private writing = false;

  constructor(
    private readonly db: Database,
    private readonly secret: string,
  ) {}

  submit<T>(item: BatchItem<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ item, resolve: resolve as (value: unknown) => void, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      // Let the requests that arrive in the same turn of the event loop join the first batch, rather
      // than the first one being written alone while its neighbours wait for a second transaction.
      await new Promise((resolve) => setImmediate(resolve));
      while (this.queue.length > 0) await this.writeBatch(this.queue.splice(0, MAX_BATCH));
    } finally {
      this.writing = false;
    }
  }

  private async writeBatch(batch: Queued[]): Promise<void> {
    const refused = new Map<Queued, unknown>();
    let answers: Map<Queued, unknown>;
    let appended: AcceptanceRecord[] = [];
    try {
      answers = await this.db.transaction(async (tx) => {
        await lockLedger(tx);
        await this.countQuotas(tx, batch, refused);
        const prepared: { queued: Queued; inputs: AcceptanceInput[]; finish: (tx: Database, records: AcceptanceRecord[]) => Promise<unknown> }[] = [];
        for (const queued of batch) {
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
        return results;
      });
    } catch (error) {
      for (const queued of batch) queued.reject(error);
      return;
    }
    countCommittedAppends(appended);
    for (const queued of batch) {
      if (refused.has(queued)) queued.reject(refused.get(queued));
      else queued.resolve(answers.get(queued));
    }
  }

  /** One upsert per quota bucket for the whole batch; the items over their limit are refused. */
  private async countQuotas(tx: Database, batch: Queued[], refused: Map<Queued, unknown>): Promise<void> {
    const buckets = new Map<string, { limit: RateLimit; items: Queued[] }>();
    for (const queued of batch) {
      const { quota } = queued.item;
      if (!quota) continue;
      const group = buckets.get(quota.bucket) ?? { limit: quota.limit, items: [] };
      group.items.push(queued);
      buckets.set(quota.bucket, group);
    }
    for (const [bucket, { limit, items }] of buckets) {
      const decisions = await takeQuotas(tx, bucket, limit, items.length);
      items.forEach((queued, index) => {
        const decision = decisions[index];
        if (decision && !decision.allowed) refused.set(queued, new QuotaRefused(decision.retryAfterSeconds));
      });
    }
  }
}

const SEQUENCERS = new WeakMap<Database, Sequencer>();

/** The one sequencer of a database handle in this process. */
export function sequencerFor(db: Database, secret: string): Sequencer {
  let sequencer = SEQUENCERS.get(db);
  if (!sequencer) SEQUENCERS.set(db, (sequencer = new Sequencer(db, secret)));
  return sequencer;
}
