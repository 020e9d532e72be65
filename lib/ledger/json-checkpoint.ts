// Not 'server-only': npm run email:deliver attaches receipts too (lib/email/attachments.ts).
import { desc, eq } from 'drizzle-orm';
import { CompactSign } from 'jose';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';
import { GENESIS_HASH } from './record-hash';
import { treeHead } from '@/lib/ledger/tree-store';
import { receiptKey } from './receipt-key';
import { canonicalJson } from './receipt-format';

export interface Checkpoint {
  size: number;
  headHash: string;
  rootHash: string;
  issuedAt: string;
}

/** The ledger's state now: its size, the chain head and the RFC 9162 tree root (from the stored tree: O(log n)). */
export async function currentCheckpoint(db: Database, now = new Date()): Promise<Checkpoint> {
  const [head] = await db.select({ seq: acceptanceRecord.seq }).from(acceptanceRecord).orderBy(desc(acceptanceRecord.seq)).limit(1);
  return checkpointAt(db, head?.seq ?? 0, now);
}

/** The ledger's state when it had `size` records (at most its size now). */
export async function checkpointAt(db: Database, size: number, now = new Date()): Promise<Checkpoint> {
  const [head] = size > 0 ? await db.select({ recordHash: acceptanceRecord.recordHash }).from(acceptanceRecord).where(eq(acceptanceRecord.seq, size)) : [];
  return { size, headHash: head?.recordHash ?? GENESIS_HASH, rootHash: (await treeHead(db, size)).toString('hex'), issuedAt: now.toISOString() };
}

/** A compact JWS (EdDSA, with the key id) over the RFC 8785 canonical JSON of `value`. */
export async function signCanonical(secret: string, value: unknown, type: string): Promise<string> {
  const key = await receiptKey(secret);
  return new CompactSign(new TextEncoder().encode(canonicalJson(value))).setProtectedHeader({ alg: 'EdDSA', kid: key.publicJwk.kid, typ: type }).sign(key.privateKey);
}
