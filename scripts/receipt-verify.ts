// Verifies an Accord receipt offline, with nothing but the site's published public key; with --site,
// also that the site's ledger today still extends the tree the receipt was proven in.
// Run: npm run receipt:verify -- <receipt.json> <keys.json> [--site <base-url>]
//   (keys.json from /.well-known/accord-keys.json)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { JWK } from 'jose';
import { receiptDocumentSchema, verifyReceipt } from '../lib/ledger/receipt-format';
import { verifyConsistency } from '../lib/ledger/merkle-tree';
import { openCheckpoint } from '../lib/ledger/signed-note';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { site: { type: 'string' } } });
const [receiptFile, keysFile] = positionals;
if (!receiptFile || !keysFile) {
  console.error('usage: npm run receipt:verify -- <receipt.json> <keys.json> [--site <base-url>]');
  process.exit(2);
}
const parsed = receiptDocumentSchema.safeParse(JSON.parse(readFileSync(receiptFile, 'utf8')));
if (!parsed.success) {
  console.error(`${receiptFile} is not an Accord receipt: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  process.exit(1);
}
const { keys } = JSON.parse(readFileSync(keysFile, 'utf8')) as { keys: (JWK & { kid?: string })[] };
const kid = JSON.parse(Buffer.from(parsed.data.signature.split('.')[0] ?? '', 'base64url').toString('utf8')).kid;
const key = keys.find((candidate) => candidate.kid === kid);
if (!key) {
  console.error(`no key with id ${kid} in ${keysFile}`);
  process.exit(1);
}
const failed: string[] = await verifyReceipt(parsed.data, key);
if (values.site && failed.length === 0) {
  // The ledger now, signed with the key published beside the receipt's, must extend the receipt's tree.
  const { ledgerNoteKeys = [] } = JSON.parse(readFileSync(keysFile, 'utf8')) as { ledgerNoteKeys?: string[] };
  const note = await (await fetch(new URL('/ledger/checkpoint', values.site))).text();
  const now = ledgerNoteKeys.map((vkey) => openCheckpoint(note, vkey)).find((opened) => opened !== null);
  const { size, rootHash } = parsed.data.receipt.checkpoint;
  if (!now) failed.push('checkpoint signature');
  else if (now.size < size) failed.push(`ledger history (it shrank from ${size} to ${now.size} records)`);
  else if (now.size > size) {
    const { consistencyProof } = (await (await fetch(new URL(`/api/v1/ledger/consistency?from=${size}&to=${now.size}`, values.site))).json()) as { consistencyProof: string[] };
    if (!verifyConsistency(size, now.size, Buffer.from(rootHash, 'hex'), now.root, consistencyProof.map((hex) => Buffer.from(hex, 'hex')))) failed.push('ledger history (the ledger no longer extends the receipt\'s tree)');
  } else if (now.root.toString('hex') !== rootHash) failed.push('ledger history (a different tree of the same size)');
}
const { seq, agreement, version, recordedAt } = parsed.data.receipt.record;
if (failed.length === 0) {
  console.log(`receipt verifies: record #${seq}, ${agreement} ${version}, accepted ${recordedAt}`);
} else {
  console.error(`receipt does NOT verify (${failed.join(', ')}): record #${seq}`);
  process.exitCode = 1;
}
