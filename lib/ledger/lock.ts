import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database } from '@/lib/db/open-database';
import type { NamedSource } from '@/lib/rate-limit/quota';

/** Any PostgreSQL advisory-lock key unique to this purpose: appends to the ledger take turns on it. */
const LEDGER_LOCK_KEY = 7_420_251_125;

/** Transactions that hold the lock: it lasts until they end, so taking it again costs no round trip. */
const holders = new WeakSet<object>();

/**
 * Takes the ledger's append lock until the transaction ends: appends (records and tree) are serialised
 * across connections and app instances. A caller that must decide what to append from what is already
 * recorded (an idempotency key, a re-acceptance already given) takes it first, so no concurrent request
 * can record the same thing in between. Taking it again is harmless.
 */
export async function lockLedger(tx: Database): Promise<void> {
  if (holders.has(tx)) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${LEDGER_LOCK_KEY})`);
  ledgerLockTaken(tx);
}

/**
 * A FROM item that takes the ledger's append lock: a statement selecting from it runs the rest of its
 * work under the lock, which spares the lock its own round trip. Tell ledgerLockTaken once it has run.
 */
export const LEDGER_LOCK_SOURCE: NamedSource = { source: sql`(SELECT pg_advisory_xact_lock(${LEDGER_LOCK_KEY})) AS ledger_lock`, name: 'ledger_lock' };

/** `tx` ran a statement that took the lock (LEDGER_LOCK_SOURCE). */
export function ledgerLockTaken(tx: Database): void {
  // Outside a transaction the lock ended with the statement: only a transaction is remembered.
  if (tx instanceof PgTransaction) holders.add(tx);
}
