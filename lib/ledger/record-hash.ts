import { createHmac, hash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const GENESIS_HASH = '0'.repeat(64);

/** The part of an acceptance record that its hash covers: everything but the hash itself. */
export interface HashedRecord {
  seq: number;
  id: string;
  recordedAt: string;
  userId: string;
  agreement: string;
  version: string;
  language: string;
  contentSha256: string;
  action: string;
  method: string;
  wordingSha256: string;
  emailPseudonym: string | null;
  ipPseudonym: string | null;
  userAgentPseudonym: string | null;
  pageUrl: string | null;
  referrer: string | null;
  clientTimeZone: string | null;
  prevHash: string;
}

/**
 * SHA-256 (hex) of the record's RFC 8785 canonical JSON. Anyone holding an export can recompute it
 * with any JCS implementation; nothing depends on column order or on this code.
 */
export function recordHash(record: HashedRecord): string {
  const json = canonicalize(record);
  if (json === undefined) throw new Error('record could not be canonicalised');
  return hash('sha256', json);
}

/**
 * A keyed pseudonym of a piece of personal data: HMAC-SHA256 under the server secret, with the
 * field name as domain separator. It proves a match to someone holding the value and the key, and
 * reveals nothing once the value itself is erased.
 */
export function pseudonym(secret: string, field: PseudonymField, value: string): string {
  return createHmac('sha256', secret).update(`${field}\u0000${value}`, 'utf8').digest('hex');
}

type PseudonymField = 'email' | 'ip' | 'user-agent' | 'page-url' | 'referrer' | 'host-user';

/**
 * A pseudonym that says what it is, for fields that held the plain value in records written before
 * personal data left the hashed record (page URL, referrer, host user id): "hmac-sha256:<hex>".
 */
export const taggedPseudonym = (secret: string, field: PseudonymField, value: string) => `hmac-sha256:${pseudonym(secret, field, value)}`;

/**
 * A host service's user as the ledger names them: the host in the clear (it is no person), the host's
 * own id only as a tagged pseudonym. Records written before this held "host:<host>:<id>"; LEGACY gives that.
 */
export function hostUserId(secret: string, host: string, id: string): { current: string; legacy: string } {
  return { current: `host:${host}:${taggedPseudonym(secret, 'host-user', `${host}\u0000${id}`)}`, legacy: `host:${host}:${id}` };
}
