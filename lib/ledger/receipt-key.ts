import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';

export interface ReceiptKey {
  privateKey: KeyObject;
  publicJwk: JWK & { kid: string };
}

// PKCS #8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The Ed25519 key that signs receipts and checkpoints, derived from the server secret with HKDF, so
 * every instance sharing the secret signs with the same key and no key file needs distributing.
 */
export async function receiptKey(secret: string): Promise<ReceiptKey> {
  const seed = Buffer.from(hkdfSync('sha256', secret, 'accord', 'receipt-signing-key/ed25519/v1', 32));
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
  const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, alg: 'EdDSA', use: 'sig' };
  return { privateKey, publicJwk: { ...publicJwk, kid: await calculateJwkThumbprint(publicJwk) } };
}
