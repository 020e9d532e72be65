import { z } from 'zod';
import { recordAcceptanceSchema } from './acceptances-api';

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
  },
};

const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } }]));

const userStatusSchema = {
  type: 'object',
  required: ['userId', 'agreements'],
  properties: {
    userId: { type: 'string' },
    agreements: {
      type: 'array',
      items: {
        type: 'object',
        required: ['agreement', 'currentVersion', 'acceptedVersion', 'acceptedAt', 'currentAccepted', 'changeSinceAccepted', 'acceptanceRequired', 'versionsSinceAccepted'],
        properties: {
          agreement: { type: 'string' },
          currentVersion: { type: 'string' },
          acceptedVersion: { type: ['string', 'null'] },
          acceptedAt: { type: ['string', 'null'], format: 'date-time' },
          currentAccepted: { type: 'boolean' },
          changeSinceAccepted: { enum: ['none', 'minor', 'major', 'never-accepted'] },
          acceptanceRequired: { type: 'boolean' },
          versionsSinceAccepted: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

/** The OpenAPI 3.1 description of /api/v1, with request schemas generated from the zod validators. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'Accord acceptance API', version: '1.0.0', description: 'Record and query which agreement versions your users accepted.' },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API key created with `npm run api-key:create`.' } },
      schemas: { Problem: problemSchema, UserStatus: userStatusSchema, AcceptanceInput: z.toJSONSchema(recordAcceptanceSchema, { io: 'input' }) },
    },
    paths: {
      '/api/v1/acceptances': {
        post: {
          summary: 'Record that a user accepted an agreement version',
          description:
            'Every text must be well-formed Unicode without control characters (line breaks are allowed in `wording`), within its length; anything else is refused with 422 naming the field, and nothing is recorded. Texts are stored as sent. The user id, page URL (without its query string and fragment) and personal data are kept beside the hashed record, which holds only keyed pseudonyms of them, so they can be erased.',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
              description:
                'Makes a retry safe: for 24 hours, a request with the same key and the same body gets the first answer again (with `Idempotent-Replayed: true`) and records nothing; the same key with another body is refused with 422. Keys are per host service.',
            },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/AcceptanceInput' } } } },
          responses: { '201': { description: 'Recorded in the ledger (or, for a repeated Idempotency-Key, the first answer again)' }, ...problems(400, 401, 413, 415, 422, 429, 500, 503) },
        },
      },
      '/api/v1/acceptances:batch': {
        post: {
          summary: 'Record up to 500 acceptances at once (imports, syncs)',
          description:
            'Body: `{"acceptances": [{...AcceptanceInput, "idempotencyKey"?: string}, …]}` (1 to 500, at most 1 MiB). Each acceptance is checked and recorded on its own, with the same rules as `POST /acceptances`; the answer lists, in order, each one’s `status` and `body` (the record, or a problem), and `replayed: true` for an idempotency key seen before. One refused acceptance does not stop the others. Counts as one request against the rate limit.',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['acceptances'], properties: { acceptances: { type: 'array', minItems: 1, maxItems: 500, items: { $ref: '#/components/schemas/AcceptanceInput' } } } } } } },
          responses: { '200': { description: '`{ results: [{ index, status, replayed?, body }] }`' }, ...problems(400, 401, 413, 415, 422, 429, 500, 503) },
        },
      },
      '/api/v1/users/{id}/status': {
        get: {
          summary: 'Has this user accepted the current version of each agreement?',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } }],
          description:
            'For each agreement: the current version, the newest version the user accepted, and `changeSinceAccepted`: "none", "minor" (announce the change; nothing is owed), "major" (the user must accept again) or "never-accepted". `acceptanceRequired` is true for the last two.',
          responses: {
            '200': { description: 'Status per agreement', content: { 'application/json': { schema: { $ref: '#/components/schemas/UserStatus' } } } },
            ...problems(401, 422, 429, 500),
          },
        },
      },
      '/api/v1/ledger/records/{seq}/proof': {
        get: {
          summary: 'RFC 9162 inclusion proof of a record (public, no key needed)',
          security: [],
          parameters: [
            { name: 'seq', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, description: 'The record; its leaf index is seq − 1.' },
            { name: 'size', in: 'query', required: false, schema: { type: 'integer', minimum: 1 }, description: 'The tree size; default the latest published checkpoint.' },
          ],
          responses: {
            '200': { description: '`{ treeSize, leafIndex, recordHash, inclusionProof: [hex…], checkpoint, signature }`' },
            ...problems(404, 422, 503),
          },
        },
      },
      '/api/v1/ledger/consistency': {
        get: {
          summary: 'RFC 9162 consistency proof between two tree sizes (public)',
          security: [],
          parameters: [
            { name: 'from', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } },
            { name: 'to', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } },
          ],
          responses: { '200': { description: '`{ from, to, consistencyProof: [hex…] }`' }, ...problems(404, 422, 503) },
        },
      },
      '/api/v1/ledger/checkpoints': {
        get: {
          summary: 'Every published checkpoint, newest first (public)',
          security: [],
          parameters: [
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
            { name: 'before', in: 'query', required: false, schema: { type: 'integer', minimum: 1 }, description: 'Only checkpoints of fewer records than this.' },
          ],
          responses: { '200': { description: '`{ checkpoints: [{ treeSize, rootHash, note, publishedAt }] }`' }, ...problems(422, 503) },
        },
      },
      '/api/v1/agreements': {
        get: { summary: 'Current versions and their hashes', responses: { '200': { description: 'The agreements' }, ...problems(401, 429, 500) } },
      },
    },
  };
}
