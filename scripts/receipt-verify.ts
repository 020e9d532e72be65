// Verifies an Accord receipt offline, with nothing but the site's published public key.
// Run: npm run receipt:verify -- <receipt.json> <keys.json>   (keys.json from /.well-known/accord-keys.json)
import { readFileSync } from 'node:fs';
import type { JWK } from 'jose';
import { receiptDocumentSchema, verifyReceipt } from '../lib/acceptance/receipt-format';

const [receiptFile, keysFile] = process.argv.slice(2);
if (!receiptFile || !keysFile) {
  console.error('usage: npm run receipt:verify -- <receipt.json> <keys.json>');
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
const failed = await verifyReceipt(parsed.data, key);
const { seq, agreement, version, recordedAt } = parsed.data.receipt.record;
if (failed.length === 0) {
  console.log(`receipt verifies: record #${seq}, ${agreement} ${version}, accepted ${recordedAt}`);
} else {
  console.error(`receipt does NOT verify (${failed.join(', ')}): record #${seq}`);
  process.exitCode = 1;
}
