// Not 'server-only': npm run email:deliver attaches receipts too (lib/email/attachments.ts).
import { desc, eq, lte } from 'drizzle-orm';
import { receiptKey } from './receipt-key';
import type { Database } from '@/lib/db/open-database';
import { ledgerCheckpoint } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { serverSecret } from '@/lib/secret';
import { checkpointText, type NoteSigner, noteSigner, signNote, verifierKey } from './signed-note';
import { treeHead, treeSize } from './tree-store';

export interface PublishedCheckpoint {
  size: number;
  rootHash: string;
  /** The C2SP signed note, exactly as served at /ledger/checkpoint. */
  note: string;
  publishedAt: Date;
}

/** The ledger's note signer: the receipt key (derived from the server secret), named by the origin. */
export async function ledgerSigner(): Promise<NoteSigner> {
  return noteSigner(env().ledgerOrigin, (await receiptKey(serverSecret())).privateKey);
}

export const ledgerVerifierKey = async () => verifierKey(await ledgerSigner());

export async function latestCheckpoint(db: Database): Promise<PublishedCheckpoint | null> {
  const [row] = await db.select().from(ledgerCheckpoint).orderBy(desc(ledgerCheckpoint.size)).limit(1);
  return row ?? null;
}

/** Published checkpoints, newest first, `limit` at a time, below `before` (a size) when given. */
export async function listCheckpoints(db: Database, limit: number, before?: number): Promise<PublishedCheckpoint[]> {
  return db
    .select()
    .from(ledgerCheckpoint)
    .where(before === undefined ? undefined : lte(ledgerCheckpoint.size, before - 1))
    .orderBy(desc(ledgerCheckpoint.size))
    .limit(limit);
}

/**
 * Signs and stores a checkpoint of the tree as it is now, unless one of that size exists. Instances
 * racing to publish the same size store it once (the size is the key); every checkpoint is kept.
 */
export async function publishCheckpoint(db: Database, now = new Date()): Promise<PublishedCheckpoint> {
  const size = await treeSize(db);
  const latest = await latestCheckpoint(db);
  if (latest && latest.size >= size) return latest;
  const root = await treeHead(db, size);
  const note = signNote(checkpointText(env().ledgerOrigin, size, root), await ledgerSigner());
  const row = { size, rootHash: root.toString('hex'), note, publishedAt: now };
  const [stored] = await db.insert(ledgerCheckpoint).values(row).onConflictDoNothing().returning();
  if (stored) return stored;
  // Another instance published this size first: theirs is the checkpoint (same root, its own time).
  const [theirs] = await db.select().from(ledgerCheckpoint).where(eq(ledgerCheckpoint.size, size));
  return theirs ?? row;
}

/** How often a running server looks for appends to publish: a checkpoint follows an append within this. */
const PUBLISH_EVERY_MS = 1000;

/** Publishes a checkpoint whenever the tree has grown, every PUBLISH_EVERY_MS, for the life of the process. */
export function startCheckpointPublisher(db: Database): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    publishCheckpoint(db)
      .catch((error: unknown) => logger.warn({ err: error }, 'checkpoint not published'))
      .finally(() => {
        running = false;
      });
  }, PUBLISH_EVERY_MS);
  timer.unref();
}
