import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { asc, sql } from 'drizzle-orm';
import { storedRecord } from '../lib/ledger/records';
import { recordHash } from '../lib/ledger/record-hash';
import { createApiKey } from '../lib/api/api-keys';
import { acceptanceRecord } from '../lib/db/schema';
import { createTestDatabase } from '../test-support/databases';
import { consistencyProof, merkleRoot, verifyInclusion } from '../test-support/rfc9162-reference';
import { postAcceptance, startServer, stopServer, waitUntilUp } from './server-process';

// Issue 16: the ledger audited as any C2SP / RFC 9162 client would, with code written here from the
// specifications (signed note, tlog-checkpoint, tlog-tiles) and the naive reference tree in
// test-support, never with Accord's own tree or note code; then caught rewriting and truncating itself.
const PORT = 3110;
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = 'tlog-test-secret-tlog-test-secret-0000001';

/** The signed-note client: the checkpoint a note states, if the vkey's Ed25519 signature line verifies. */
function openNote(note: string, vkey: string): { origin: string; size: number; root: string } {
  // <name>+<id>+<base64 key>: the name holds no "+", the base64 key may.
  const [, name = '', id = '', key = ''] = /^([^+]+)\+([0-9a-f]{8})\+(.+)$/.exec(vkey.trim()) ?? [];
  const raw = Buffer.from(key, 'base64');
  expect(raw[0], 'an Ed25519 key').toBe(1);
  expect(createHash('sha256').update(Buffer.concat([Buffer.from(`${name}\n`), raw])).digest().subarray(0, 4).toString('hex')).toBe(id);
  const [text, signatures] = [note.slice(0, note.lastIndexOf('\n\n') + 1), note.slice(note.lastIndexOf('\n\n') + 2)];
  const line = signatures.split('\n').find((candidate) => candidate.startsWith(`\u2014 ${name} `)) ?? '';
  const signature = Buffer.from(line.split(' ')[2] ?? '', 'base64');
  expect(signature.subarray(0, 4).toString('hex')).toBe(id);
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.subarray(1).toString('base64url') }, format: 'jwk' });
  expect(verify(null, Buffer.from(text), publicKey, signature.subarray(4)), 'the note signature verifies').toBe(true);
  const [origin = '', size = '', root = ''] = text.split('\n');
  expect(origin).toBe(name);
  return { origin, size: Number(size), root: Buffer.from(root, 'base64').toString('hex') };
}

const tilePath = (n: number) => {
  const groups = String(n).padStart(3 * Math.max(1, Math.ceil(String(n).length / 3)), '0').match(/\d{3}/g) ?? [];
  return groups.map((group, i) => (i < groups.length - 1 ? `x${group}` : group)).join('/');
};

/** Every record hash of a tree of `size`, from the entry bundles, each checked against its level-0 hash tile. */
async function leavesFromTiles(size: number): Promise<string[]> {
  const recordHashes: string[] = [];
  for (let tile = 0; tile * 256 < size; tile++) {
    const width = Math.min(256, size - tile * 256);
    const suffix = width < 256 ? `.p/${width}` : '';
    const hashes = Buffer.from(await (await fetch(`${BASE}/ledger/tile/0/${tilePath(tile)}${suffix}`)).arrayBuffer());
    const entries = Buffer.from(await (await fetch(`${BASE}/ledger/tile/entries/${tilePath(tile)}${suffix}`)).arrayBuffer());
    expect(hashes.length).toBe(32 * width);
    for (let i = 0, offset = 0; i < width; i++) {
      const length = entries.readUInt16BE(offset);
      const entry = entries.subarray(offset + 2, offset + 2 + length);
      offset += 2 + length;
      expect(createHash('sha256').update(Buffer.concat([Buffer.from([0]), entry])).digest().equals(hashes.subarray(32 * i, 32 * i + 32))).toBe(true);
      recordHashes.push(entry.toString('hex'));
    }
  }
  return recordHashes;
}

async function waitForCheckpoint(vkey: string, size: number) {
  let opened = { origin: '', size: -1, root: '' };
  await expect.poll(async () => (opened = openNote(await (await fetch(`${BASE}/ledger/checkpoint`)).text(), vkey)).size, { timeout: 15_000 }).toBe(size);
  return opened;
}

const monitor = (state: string) => spawnSync('node_modules/.bin/tsx', ['scripts/ledger-monitor.ts', BASE, '--state', state], { encoding: 'utf8' });

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'runs its own server; once is enough'));
test.setTimeout(240_000);

test('a standard tlog client audits the ledger, and catches it rewritten and truncated', async () => {
  const database = await createTestDatabase('postgres');
  const env = { DATABASE_URL: database.url ?? '', ACCORD_SECRET: SECRET, SITE_URL: 'https://accord.example/legal' };
  let server = startServer(PORT, env);
  const state = path.join(mkdtempSync(path.join(tmpdir(), 'accord-monitor-')), 'state.json');
  try {
    await waitUntilUp(BASE);
    const key = await createApiKey(database.db, 'shop');
    for (let n = 0; n < 256; n++) expect((await postAcceptance(BASE, key, n)).status).toBe(201);
    // The rest as one batch request, as a host importing in bulk sends them.
    const batch = await fetch(`${BASE}/api/v1/acceptances:batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ acceptances: Array.from({ length: 44 }, (_, n) => ({ userId: `bulk-${n}`, agreement: 'kmct-service-agreement', version: '2020-11-26', wording: 'I agree', idempotencyKey: `import-${n}` })) }),
    });
    expect(batch.status).toBe(200);
    const { results } = (await batch.json()) as { results: { status: number; body: { seq: number } }[] };
    expect(results.map((result) => result.body.seq)).toEqual(Array.from({ length: 44 }, (_, n) => 257 + n));

    const vkey = (await (await fetch(`${BASE}/ledger/key`)).text()).trim();
    expect(vkey).toMatch(/^accord\.example\/legal\/ledger\+[0-9a-f]{8}\+[A-Za-z0-9+/]+=*$/);
    expect(((await (await fetch(`${BASE}/.well-known/accord-keys.json`)).json()) as { ledgerNoteKeys: string[] }).ledgerNoteKeys).toEqual([vkey]);
    const checkpoint = await waitForCheckpoint(vkey, 300);
    expect(checkpoint.origin).toBe('accord.example/legal/ledger');

    // The tree from the tiles: 300 entries = one full tile and one partial tile of 44; the level-1
    // partial tile holds the full level-0 tile's hash.
    const full = await fetch(`${BASE}/ledger/tile/0/000`);
    expect(full.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${BASE}/ledger/tile/0/001`)).status).toBe(404);
    const leaves = await leavesFromTiles(300);
    expect(merkleRoot(leaves)).toBe(checkpoint.root);
    const level1 = Buffer.from(await (await fetch(`${BASE}/ledger/tile/1/000.p/1`)).arrayBuffer());
    expect(level1.toString('hex')).toBe(merkleRoot(leaves.slice(0, 256)));

    // Inclusion proofs (JSON) against the signed root, and consistency with every earlier checkpoint.
    for (const seq of [1, 137, 256, 257, 300]) {
      const proof = (await (await fetch(`${BASE}/api/v1/ledger/records/${seq}/proof?size=300`)).json()) as { treeSize: number; leafIndex: number; recordHash: string; inclusionProof: string[] };
      expect(proof).toMatchObject({ treeSize: 300, leafIndex: seq - 1, recordHash: leaves[seq - 1] });
      expect(verifyInclusion(seq - 1, 300, proof.recordHash, proof.inclusionProof, checkpoint.root)).toBe(true);
    }
    const { checkpoints } = (await (await fetch(`${BASE}/api/v1/ledger/checkpoints?limit=1000`)).json()) as { checkpoints: { treeSize: number; note: string }[] };
    expect(checkpoints[0]?.treeSize).toBe(300);
    for (const earlier of checkpoints.filter((entry) => entry.treeSize > 0)) {
      const opened = openNote(earlier.note, vkey);
      expect(merkleRoot(leaves.slice(0, opened.size))).toBe(opened.root);
      const served = (await (await fetch(`${BASE}/api/v1/ledger/consistency?from=${opened.size}&to=300`)).json()) as { consistencyProof: string[] };
      expect(served.consistencyProof).toEqual(consistencyProof(opened.size, leaves));
    }
    expect((await fetch(`${BASE}/api/v1/ledger/consistency?from=5&to=301`)).status).toBe(404);
    expect((await fetch(`${BASE}/api/v1/ledger/consistency?from=7&to=3`)).status).toBe(422);

    // The monitor pins the key and this checkpoint.
    const first = monitor(state);
    expect(first.stdout, first.stderr).toContain('ledger consistent: 300 records (first run');

    // The owner rewrites history behind the app's back: record 10 altered and every later hash
    // recomputed, the last five records removed, the stored tree and checkpoints wiped. The app,
    // restarted on it, rebuilds a tree and signs new checkpoints that look fine on their own.
    stopServer(server);
    const db = database.db;
    for (const table of ['acceptance_record', 'merkle_node', 'ledger_checkpoint']) await db.execute(sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER USER`));
    await db.execute(sql`DELETE FROM acceptance_personal_data WHERE record_id IN (SELECT id FROM acceptance_record WHERE seq > 295)`);
    await db.execute(sql`DELETE FROM acceptance_record WHERE seq > 295`);
    await db.execute(sql`UPDATE acceptance_record SET version = '2099-01-01' WHERE seq = 10`);
    let prevHash = '';
    for (const row of await db.select().from(acceptanceRecord).orderBy(asc(acceptanceRecord.seq))) {
      if (row.seq < 10) {
        prevHash = row.recordHash;
        continue;
      }
      const { recordHash: asAccepted, ...fields } = storedRecord(row);
      const rehashed = recordHash({ ...fields, prevHash });
      expect(rehashed).not.toBe(asAccepted);
      await db.execute(sql`UPDATE acceptance_record SET prev_hash = ${prevHash}, record_hash = ${rehashed} WHERE seq = ${row.seq}`);
      prevHash = rehashed;
    }
    await db.execute(sql`DELETE FROM merkle_node`);
    await db.execute(sql`DELETE FROM ledger_checkpoint`);
    for (const table of ['acceptance_record', 'merkle_node', 'ledger_checkpoint']) await db.execute(sql.raw(`ALTER TABLE ${table} ENABLE TRIGGER USER`));
    server = startServer(PORT, env);
    await waitUntilUp(BASE);
    expect((await postAcceptance(BASE, key, 1000)).status).toBe(201);
    const shrunk = await waitForCheckpoint(vkey, 296);
    // Truncated: smaller than the checkpoint the client kept, and its first 10 leaves differ.
    expect(shrunk.size).toBeLessThan(checkpoint.size);
    expect(merkleRoot((await leavesFromTiles(296)).slice(0, 10))).not.toBe(merkleRoot(leaves.slice(0, 10)));
    const caught = monitor(state);
    expect(caught.status).toBe(1);
    expect(caught.stderr).toContain('LEDGER PROBLEM: the log shrank from 300 to 296 records');

    // Grown past the old size again, it still cannot prove it extends the tree the client kept.
    for (let n = 0; n < 10; n++) await postAcceptance(BASE, key, 2000 + n);
    const regrown = await waitForCheckpoint(vkey, 306);
    const newLeaves = await leavesFromTiles(306);
    expect(merkleRoot(newLeaves.slice(0, 300))).not.toBe(checkpoint.root);
    const rewritten = monitor(state);
    expect(rewritten.status).toBe(1);
    expect(rewritten.stderr).toContain(`does not extend the one of 300 verified before: history was rewritten`);
    expect(regrown.size).toBe(306);
  } finally {
    stopServer(server);
    await database.dispose();
  }
});
