import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

/**
 * C2SP signed notes (https://c2sp.org/signed-note) with Ed25519, and C2SP tlog-checkpoint bodies
 * (https://c2sp.org/tlog-checkpoint): the formats Go's checksum database, Sigstore and CT's static
 * logs use, so a standard transparency-log client can check Accord's ledger without Accord's code.
 */
const ED25519 = 0x01;
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface NoteSigner {
  /** The key name: the log's origin. */
  name: string;
  /** uint32 key ID, big-endian: SHA-256(name || 0x0A || 0x01 || public key)[:4]. */
  keyId: Buffer;
  publicKey: Buffer;
  privateKey: KeyObject;
}

const keyIdOf = (name: string, publicKey: Buffer) => createHash('sha256').update(Buffer.concat([Buffer.from(`${name}\n`, 'utf8'), Buffer.from([ED25519]), publicKey])).digest().subarray(0, 4);

export function noteSigner(name: string, privateKey: KeyObject): NoteSigner {
  if (!name || /[\s+]/u.test(name)) throw new Error(`"${name}" cannot be a note key name (empty, a space or a plus sign)`);
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length);
  return { name, keyId: keyIdOf(name, publicKey), publicKey, privateKey };
}

/** The verifier key: `<name>+<key ID as 8 hex digits>+<base64(0x01 || public key)>`. */
export const verifierKey = (signer: Pick<NoteSigner, 'name' | 'keyId' | 'publicKey'>) =>
  `${signer.name}+${signer.keyId.toString('hex')}+${Buffer.concat([Buffer.from([ED25519]), signer.publicKey]).toString('base64')}`;

/** The note: `text` (ending in a newline), a blank line, and the signature line. */
export function signNote(text: string, signer: NoteSigner): string {
  if (!text.endsWith('\n')) throw new Error('a note text ends with a newline');
  const signature = sign(null, Buffer.from(text, 'utf8'), signer.privateKey);
  return `${text}\n\u2014 ${signer.name} ${Buffer.concat([signer.keyId, signature]).toString('base64')}\n`;
}

/** A checkpoint's text: origin, tree size, base64 root hash, each on its own line. */
export const checkpointText = (origin: string, size: number, root: Buffer) => `${origin}\n${size}\n${root.toString('base64')}\n`;

export interface OpenedCheckpoint {
  origin: string;
  size: number;
  root: Buffer;
}

/**
 * The checkpoint a note states, if `vkey` signed it: the signature line with the key's name and ID
 * must verify (lines from other keys are ignored). Null otherwise.
 */
export function openCheckpoint(note: string, vkey: string): OpenedCheckpoint | null {
  // <name>+<key ID>+<base64 key>: the name holds no "+", the base64 key may.
  const [, name = '', keyIdHex = '', encodedKey = ''] = /^([^+]+)\+([0-9a-f]{8})\+(.+)$/.exec(vkey.trim()) ?? [];
  const key = Buffer.from(encodedKey, 'base64');
  if (key.length !== 33 || key[0] !== ED25519) return null;
  const publicKey = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, key.subarray(1)]), format: 'der', type: 'spki' });
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return null;
  const text = note.slice(0, split + 1);
  const signatures = note.slice(split + 2).split('\n').filter(Boolean);
  const verified = signatures.some((line) => {
    const match = /^\u2014 (\S+) (\S+)$/u.exec(line);
    if (!match || match[1] !== name) return false;
    const bytes = Buffer.from(match[2] ?? '', 'base64');
    if (bytes.subarray(0, 4).toString('hex') !== keyIdHex) return false;
    return verify(null, Buffer.from(text, 'utf8'), publicKey, bytes.subarray(4));
  });
  const [origin = '', size = '', root = ''] = text.split('\n');
  if (!verified || origin !== name || !/^\d+$/.test(size)) return null;
  return { origin, size: Number(size), root: Buffer.from(root, 'base64') };
}
