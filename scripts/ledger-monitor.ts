// Watches an Accord ledger from outside, as any holder of an earlier checkpoint can.
// Run: npm run ledger:monitor -- <base-url> [--state <file>]   (default state file: ledger-monitor.json)
// Each run: fetches the signed checkpoint and checks its signature with the key pinned on the first run,
// checks by a consistency proof that it extends the last checkpoint this monitor verified, checks a
// sample of entries against the hash tiles and their inclusion proofs, then records the checkpoint.
// Exit 0: consistent; 1: the log shrank, forked or was rewritten (named); 2: it could not be checked.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { leafHash, verifyConsistency, verifyInclusion } from '../lib/ledger/merkle-tree';
import { openCheckpoint } from '../lib/ledger/signed-note';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { state: { type: 'string', default: 'ledger-monitor.json' }, samples: { type: 'string', default: '8' } } });
const [base] = positionals;
if (!base || !URL.canParse(base)) {
  console.error('usage: npm run ledger:monitor -- <base-url> [--state <file>] [--samples <n>]');
  process.exit(2);
}

interface State {
  vkey: string;
  size: number;
  root: string;
  note: string;
}

const found = (problem: string): never => {
  console.error(`LEDGER PROBLEM: ${problem}`);
  process.exit(1);
};

async function get(path: string): Promise<Response> {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

const tileName = (index: number) => {
  const digits = String(index).padStart(3, '0');
  const groups = digits.padStart(Math.ceil(digits.length / 3) * 3, '0').match(/\d{3}/g) ?? [];
  return groups.map((group, i) => (i < groups.length - 1 ? `x${group}` : group)).join('/');
};

try {
  const previous: State | null = existsSync(values.state) ? (JSON.parse(readFileSync(values.state, 'utf8')) as State) : null;
  const vkey = previous?.vkey ?? (await (await get('/ledger/key')).text()).trim();
  const note = await (await get('/ledger/checkpoint')).text();
  const checkpoint = openCheckpoint(note, vkey);
  if (!checkpoint) found(`the checkpoint is not signed by the pinned key ${vkey.split('+')[0]}`);
  const { size, root } = checkpoint as NonNullable<typeof checkpoint>;

  if (previous) {
    const oldRoot = Buffer.from(previous.root, 'hex');
    if (size < previous.size) found(`the log shrank from ${previous.size} to ${size} records`);
    if (size === previous.size && !root.equals(oldRoot)) found(`the log forked: two different trees of ${size} records are signed`);
    if (size > previous.size) {
      const { consistencyProof } = (await (await get(`/api/v1/ledger/consistency?from=${previous.size}&to=${size}`)).json()) as { consistencyProof: string[] };
      const proof = consistencyProof.map((hex) => Buffer.from(hex, 'hex'));
      if (!verifyConsistency(previous.size, size, oldRoot, root, proof)) found(`the log of ${size} records does not extend the one of ${previous.size} verified before: history was rewritten`);
    }
  }

  // A sample of entries: each entry bundle must match its hash tile, and each record's inclusion proof the checkpoint.
  const samples = Math.min(size, Number(values.samples));
  for (let n = 0; n < samples; n++) {
    const index = Math.floor(Math.random() * size);
    const tile = Math.floor(index / 256);
    const width = Math.min(256, size - tile * 256);
    const suffix = width < 256 ? `.p/${width}` : '';
    const entries = Buffer.from(await (await get(`/ledger/tile/entries/${tileName(tile)}${suffix}`)).arrayBuffer());
    const hashes = Buffer.from(await (await get(`/ledger/tile/0/${tileName(tile)}${suffix}`)).arrayBuffer());
    const offset = (index % 256) * 34;
    const entry = entries.subarray(offset + 2, offset + 2 + entries.readUInt16BE(offset));
    const leaf = leafHash(entry);
    if (!leaf.equals(hashes.subarray((index % 256) * 32, (index % 256) * 32 + 32))) found(`entry ${index} does not match its hash tile`);
    const { inclusionProof } = (await (await get(`/api/v1/ledger/records/${index + 1}/proof?size=${size}`)).json()) as { inclusionProof: string[] };
    if (!verifyInclusion(index, size, leaf, inclusionProof.map((hex) => Buffer.from(hex, 'hex')), root)) found(`entry ${index} is not in the signed tree of ${size} records`);
  }

  const state: State = { vkey, size, root: root.toString('hex'), note };
  writeFileSync(`${values.state}.tmp`, JSON.stringify(state, null, 2));
  renameSync(`${values.state}.tmp`, values.state);
  console.log(`ledger consistent: ${size} records${previous ? `, extends the ${previous.size} verified before` : ' (first run: key and checkpoint pinned)'}; ${samples} entries checked; state in ${values.state}`);
} catch (error) {
  console.error(`could not check the ledger: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
