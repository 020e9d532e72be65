import canonicalize from 'canonicalize';
import { compactVerify, importJWK, type JWK } from 'jose';
import { z } from 'zod';
import { leafHash, verifyInclusion } from '@/lib/ledger/merkle-tree';
import { recordHash } from './record-hash';

export const RECEIPT_TYPE = 'accord-acceptance-receipt/1';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const nullableText = z.string().max(4096).nullable();

/** The shape of a receipt file, checked before anything else is believed about it. */
export const receiptDocumentSchema = z.strictObject({
  receipt: z.strictObject({
    type: z.literal(RECEIPT_TYPE),
    record: z.strictObject({
      seq: z.number().int().positive(),
      id: z.uuid(),
      recordedAt: z.iso.datetime(),
      userId: z.string().max(300),
      agreement: z.string().max(100),
      version: z.string().max(50),
      language: z.string().max(10),
      contentSha256: hex64,
      action: z.string().max(20),
      method: z.string().max(30),
      wordingSha256: hex64,
      emailPseudonym: hex64.nullable(),
      ipPseudonym: hex64.nullable(),
      userAgentPseudonym: hex64.nullable(),
      pageUrl: nullableText,
      referrer: nullableText,
      clientTimeZone: z.string().max(64).nullable(),
      prevHash: hex64,
      recordHash: hex64,
    }),
    agreementTitle: z.string().max(500),
    checkpoint: z.strictObject({ size: z.number().int().positive(), headHash: hex64, rootHash: hex64, issuedAt: z.iso.datetime() }),
    /** The published C2SP checkpoint note of the same tree (receipts issued before notes existed lack it). */
    checkpointNote: z.string().max(4096).optional(),
    inclusionProof: z.array(hex64).max(64),
  }),
  signature: z.string().max(4096),
});

/** The downloadable receipt: a readable statement plus a compact JWS (EdDSA) over its RFC 8785 canonical JSON. */
export type ReceiptDocument = z.infer<typeof receiptDocumentSchema>;
/** What a receipt states: the record, the ledger checkpoint, and the record's RFC 9162 inclusion proof. */
export type ReceiptBody = ReceiptDocument['receipt'];

export function canonicalJson(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new Error('value could not be canonicalised');
  return json;
}

export type ReceiptCheck = 'signature' | 'statement' | 'recordHash' | 'inclusion';

/**
 * Verifies a receipt with nothing but the published public key: the signature, that the signature
 * covers exactly this statement, that the record's hash matches its fields, and that the inclusion
 * proof places it in the signed checkpoint. Returns the checks that failed (none means it verifies).
 */
export async function verifyReceipt(document: ReceiptDocument, publicJwk: JWK): Promise<ReceiptCheck[]> {
  const failed: ReceiptCheck[] = [];
  let signedPayload: string | null = null;
  try {
    const { payload } = await compactVerify(document.signature, await importJWK(publicJwk, 'EdDSA'));
    signedPayload = new TextDecoder().decode(payload);
  } catch {
    failed.push('signature');
  }
  const { receipt } = document;
  if (signedPayload !== null && signedPayload !== canonicalJson(receipt)) failed.push('statement');
  const { recordHash: stated, ...fields } = receipt.record;
  if (recordHash(fields) !== stated) failed.push('recordHash');
  const { size, rootHash } = receipt.checkpoint;
  const proof = receipt.inclusionProof.map((hex) => Buffer.from(hex, 'hex'));
  if (!verifyInclusion(receipt.record.seq - 1, size, leafHash(Buffer.from(stated, 'hex')), proof, Buffer.from(rootHash, 'hex'))) failed.push('inclusion');
  return failed;
}
