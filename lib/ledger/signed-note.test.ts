import { createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointText, noteSigner, openCheckpoint, signNote, verifierKey } from './signed-note';

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const keyFrom = (seedByte: number) => createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, Buffer.alloc(32, seedByte)]), format: 'der', type: 'pkcs8' });

describe('signed-note checkpoints', () => {
  // Seeds chosen so that one key's base64 holds a "+", which a naive split of the vkey would cut.
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('signs a checkpoint that opens with its verifier key only (seed %i)', (seed) => {
    const signer = noteSigner('accord.example/ledger', keyFrom(seed));
    const root = Buffer.alloc(32, 9);
    const note = signNote(checkpointText('accord.example/ledger', 42, root), signer);
    expect(note).toMatch(/^accord\.example\/ledger\n42\n[A-Za-z0-9+/]{43}=\n\n\u2014 accord\.example\/ledger [A-Za-z0-9+/]+=*\n$/);
    expect(openCheckpoint(note, verifierKey(signer))).toEqual({ origin: 'accord.example/ledger', size: 42, root });
    const stranger = noteSigner('accord.example/ledger', keyFrom(seed + 100));
    expect(openCheckpoint(note, verifierKey(stranger))).toBeNull();
    expect(openCheckpoint(note.replace('\n42\n', '\n43\n'), verifierKey(signer))).toBeNull();
  });

  it('refuses key names the format cannot carry', () => {
    expect(() => noteSigner('has space', keyFrom(1))).toThrow();
    expect(() => noteSigner('a+b', keyFrom(1))).toThrow();
  });
});
