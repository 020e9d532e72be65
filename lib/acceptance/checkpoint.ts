import 'server-only';
import { asc } from 'drizzle-orm';
import { CompactSign } from 'jose';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';
import { merkleRoot } from './merkle';
import { receiptKey } from './receipt-key';
import { canonicalJson } from './receipt-format';

export interface Checkpoint {
  size: number;
  headHash: string;
  rootHash: string;
  issuedAt: string;
}

/** Every record hash in sequence order: the leaves of the ledger's Merkle tree. O(ledger size). */
export async function ledgerHashes(db: Database): Promise<string[]> {
  const rows = await db.select({ recordHash: acceptanceRecord.recordHash }).from(acceptanceRecord).orderBy(asc(acceptanceRecord.seq));
  return rows.map((row) => row.recordHash);
}

/** The ledger's state: its size, the chain head and the RFC 9162 tree root, at a time. */
export function checkpointOf(hashes: string[], now = new Date()): Checkpoint {
  return { size: hashes.length, headHash: hashes.at(-1) ?? '0'.repeat(64), rootHash: merkleRoot(hashes), issuedAt: now.toISOString() };
}

/** A compact JWS (EdDSA, with the key id) over the RFC 8785 canonical JSON of `value`. */
export async function signCanonical(secret: string, value: unknown, type: string): Promise<string> {
  const key = await receiptKey(secret);
  return new CompactSign(new TextEncoder().encode(canonicalJson(value))).setProtectedHeader({ alg: 'EdDSA', kid: key.publicJwk.kid, typ: type }).sign(key.privateKey);
}
