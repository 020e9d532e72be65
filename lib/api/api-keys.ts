import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { apiKey } from '@/lib/db/schema';

const TOKEN = /^accord_([A-Za-z0-9_-]{16})_([A-Za-z0-9_-]{43})$/;
const sha256 = (value: string) => hash('sha256', value, 'buffer');

/**
 * A valid key's host is remembered this long, sparing the lookup on every request of a busy host;
 * so a key revoked in the database stops working within this time.
 */
const REMEMBER_MS = 10_000;
const MAX_REMEMBERED = 1_000;
const remembered = new WeakMap<Database, Map<string, { host: string; until: number }>>();

/** Creates a key for a host service. The token is returned once; only its secret's hash is kept. */
export async function createApiKey(db: Database, host: string): Promise<string> {
  const id = randomBytes(12).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  await db.insert(apiKey).values({ id, host, secretSha256: sha256(secret).toString('hex') });
  return `accord_${id}_${secret}`;
}

/** The host a `Bearer` token belongs to, or null for a missing, malformed, unknown or revoked key. */
export async function authenticateHost(db: Database, authorization: string | null): Promise<string | null> {
  const match = TOKEN.exec(authorization?.replace(/^Bearer\s+/i, '') ?? '');
  if (!match?.[1] || !match[2]) return null;
  const secretSha256 = sha256(match[2]);
  let known = remembered.get(db);
  if (!known) remembered.set(db, (known = new Map()));
  const cacheKey = `${match[1]}:${secretSha256.toString('hex')}`;
  const hit = known.get(cacheKey);
  if (hit && hit.until > Date.now()) return hit.host;
  const [row] = await db
    .select({ host: apiKey.host, secretSha256: apiKey.secretSha256 })
    .from(apiKey)
    .where(and(eq(apiKey.id, match[1]), isNull(apiKey.revokedAt)));
  if (!row || !timingSafeEqual(Buffer.from(row.secretSha256, 'hex'), secretSha256)) return null;
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(cacheKey, { host: row.host, until: Date.now() + REMEMBER_MS });
  return row.host;
}
