import 'server-only';
import { hash } from 'node:crypto';
import { z } from 'zod';
import type { AcceptanceInput } from '@/lib/ledger/records';
import { type BatchItem, QuotaRefused, sequencerFor } from '@/lib/ledger/sequencer';
import { env } from '@/lib/env';
import { rateLimitRefusals } from '@/lib/metrics/metrics';
import { limitRequest } from '@/lib/rate-limit/request-limits';
import { canonicalJson } from '@/lib/ledger/receipt-format';
import { hostUserId } from '@/lib/ledger/record-hash';
import { recordText, wellFormedText } from '@/lib/acceptance/record-text';
import { acceptanceStatus } from '@/lib/acceptance/status';
import { getAgreementHistories, getAgreementSlugs, getAgreements, getText } from '@/lib/content/agreements';
import { routing } from '@/i18n/routing';
import type { Database } from '@/lib/db/open-database';
import { authenticateRequest, authorizeHost, hostOverLimit } from './authorize-host';
import { answerUse, claimUse, earlierUse, forgetOldKeys } from './idempotency';
import { type Answer, type ApiRequest, jsonAnswer, type HeaderReader } from './answer';
import { type FieldError, problemAnswer, problemJson } from './problem';
import { readJsonBody } from './read-json';

// Every text here enters a hashed record (or a pseudonym of one): well-formed Unicode, no control
// characters (line breaks only in the wording), a length limit; stored exactly as sent.
export const recordAcceptanceSchema = z.strictObject({
  userId: recordText({ min: 1, max: 200 }).describe("The host service's own id for the user (recorded as a keyed pseudonym)"),
  agreement: recordText({ min: 1, max: 100 }).describe('Agreement slug, e.g. "kmct-service-agreement"'),
  version: recordText({ min: 1, max: 50 }).describe('The version the user was shown'),
  language: recordText({ min: 2, max: 10 }).default('en').describe('Language of the text shown'),
  wording: recordText({ min: 1, max: 2000, multiline: true }).describe('The exact words of the checkbox or button the user acted on (stored hashed)'),
  email: z.email().max(254).optional(),
  ipAddress: z.union([z.ipv4(), z.ipv6()]).optional(),
  userAgent: recordText({ max: 512 }).optional(),
  pageUrl: z.url({ protocol: /^https?$/ }).max(2048).superRefine(wellFormedText()).optional().describe('The page the user accepted on; its query string and fragment are not kept'),
  timeZone: recordText({ max: 64 }).optional().describe('Client-asserted IANA time zone'),
});

const userIdSchema = recordText({ min: 1, max: 200 });

/** An Idempotency-Key header: 1 to 255 visible ASCII characters. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

const sha256 = (text: string) => hash('sha256', text);

const fieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.map((issue) => ({
    field: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || '(body)',
    message: issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message,
  }));

/** One acceptance's answer: its status and JSON body (the record, or a problem). */
export interface Outcome {
  status: number;
  body: string;
  replayed?: boolean;
}

const problemOutcome = (status: number, title: string, detail: string, errors?: FieldError[]): Outcome => ({ status, body: problemJson(status, title, detail, errors) });

const KEY_PROBLEM = { field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' };

/**
 * Checks one acceptance as a host sent it (with its idempotency key, if any) and, when it is valid,
 * the batch item that records it: the key is claimed and the record appended in the batch's
 * transaction, so a retry, even one in the same batch, gets the first answer again.
 */
export function acceptanceItem(secret: string, host: string, idempotencyKey: string | null, body: unknown, keyField = 'Idempotency-Key'): { outcome: Outcome } | { item: BatchItem<Outcome> } {
  if (idempotencyKey !== null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    return { outcome: problemOutcome(422, 'Invalid idempotency key', 'The idempotency key must be 1 to 255 visible ASCII characters.', [{ ...KEY_PROBLEM, field: keyField }]) };
  }
  const parsed = recordAcceptanceSchema.safeParse(body);
  if (!parsed.success) return { outcome: problemOutcome(422, 'Invalid acceptance', 'Some fields are missing or wrong; nothing was recorded.', fieldErrors(parsed.error)) };
  const input = parsed.data;
  const text = getText(input.agreement, input.version, input.language);
  if (!text) {
    const known = getAgreementSlugs().includes(input.agreement);
    const field = known ? 'version' : 'agreement';
    return {
      outcome: problemOutcome(422, 'Unknown agreement version', `No published text matches agreement "${input.agreement}", version "${input.version}", language "${input.language}".`, [
        { field, message: known ? 'is not a published version of this agreement in this language' : 'is not a known agreement' },
      ]),
    };
  }
  const use = idempotencyKey ? { host, key: idempotencyKey, requestSha256: sha256(canonicalJson(body)) } : null;
  const acceptance: AcceptanceInput = {
    userId: hostUserId(secret, host, input.userId).current,
    hostUserId: input.userId,
    agreement: input.agreement,
    version: input.version,
    language: input.language,
    contentSha256: text.sha256,
    method: 'api',
    wordingSha256: sha256(input.wording),
    email: input.email ?? null,
    ipAddress: input.ipAddress ?? null,
    userAgent: input.userAgent ?? null,
    pageUrl: input.pageUrl ?? null,
    referrer: null,
    clientTimeZone: input.timeZone ?? null,
  };
  return {
    item: {
      writes: use !== null,
      pure: use === null,
      prepare: async (tx) => {
        const earlier = use ? await earlierUse(tx, use.host, use.key, use.requestSha256) : null;
        if (earlier?.kind === 'conflict') {
          const outcome = problemOutcome(422, 'Idempotency key reused', 'This idempotency key was already used with a different body; nothing was recorded. Use a new key for a new acceptance.', [
            { field: keyField, message: 'was already used with a different request body' },
          ]);
          return { inputs: [], finish: async () => outcome };
        }
        if (use && earlier) {
          // Its first request may be in this very batch: read its answer once that one is written.
          return {
            inputs: [],
            finish: async (later) => {
              const first = await earlierUse(later, use.host, use.key, use.requestSha256);
              return first?.kind === 'replay' ? { status: first.status, body: first.body, replayed: true } : problemOutcome(409, 'Conflict', 'The first request with this idempotency key failed; send it again.');
            },
          };
        }
        if (use) await claimUse(tx, use);
        return {
          inputs: [acceptance],
          finish: async (later, [record]) => {
            if (!record) throw new Error('no record appended');
            const { id, seq, recordedAt, agreement, version, language, contentSha256, recordHash } = record;
            const outcome = { status: 201, body: JSON.stringify({ id, seq, recordedAt, agreement, version, language, contentSha256, recordHash }) };
            if (use) await answerUse(later, { ...use, ...outcome });
            return outcome;
          },
        };
      },
    },
  };
}

const outcomeAnswer = (outcome: Outcome): Answer => ({
  status: outcome.status,
  headers: { 'content-type': outcome.status >= 400 ? 'application/problem+json' : 'application/json', ...(outcome.replayed ? { 'idempotent-replayed': 'true' } : {}) },
  body: outcome.body,
});

/**
 * POST /api/v1/acceptances: records one acceptance for a host's user, in the next batch written to
 * the ledger, answered once that batch has committed. With an Idempotency-Key header, a retry with the
 * same key and body gets the first answer again (and records nothing); the same key with another body
 * is refused.
 */
export async function recordAcceptance(db: Database, secret: string, request: ApiRequest): Promise<Answer> {
  const authorized = await authenticateRequest(db, request.headers);
  if ('refusal' in authorized) return authorized.refusal;
  const { host } = authorized;
  const checked = await checkAcceptanceRequest(secret, host, request);
  if ('refusal' in checked) {
    // Refused before the ledger: counted against the host's limit on its own.
    const decision = await limitRequest('api', host, db);
    return decision.allowed ? checked.refusal : hostOverLimit(host, decision);
  }
  if (request.headers.has('idempotency-key') && Math.random() < 0.01) await forgetOldKeys(db);
  try {
    // Counted against the host's limit in the batch's own transaction, with its neighbours' requests.
    return outcomeAnswer(await sequencerFor(db, secret).submit({ ...checked.item, quota: { bucket: `api:${host}`, limit: env().rateLimits.api } }));
  } catch (error) {
    if (!(error instanceof QuotaRefused)) throw error;
    rateLimitRefusals.inc({ kind: 'api' });
    return hostOverLimit(host, { allowed: false, retryAfterSeconds: error.retryAfterSeconds });
  }
}

/** The request's acceptance, ready to be sequenced; or the answer to a request that cannot be (422, 413, …). */
async function checkAcceptanceRequest(secret: string, host: string, request: ApiRequest): Promise<{ item: BatchItem<Outcome> } | { refusal: Answer }> {
  const idempotencyKey = request.headers.get('idempotency-key');
  if (idempotencyKey !== null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    return { refusal: problemAnswer(422, 'Invalid idempotency key', 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.', [KEY_PROBLEM]) };
  }
  const read = await readJsonBody(request);
  if ('error' in read) return { refusal: read.error };
  const checked = acceptanceItem(secret, host, idempotencyKey, read.body);
  return 'outcome' in checked ? { refusal: outcomeAnswer(checked.outcome) } : checked;
}

/**
 * GET /api/v1/users/{id}/status: for each agreement, whether this user has accepted the current version,
 * and if not, whether the change since is major (accept again) or minor (announce).
 */
export async function userStatus(db: Database, secret: string, headers: HeaderReader, rawUserId: string): Promise<Answer> {
  const authorized = await authorizeHost(db, headers);
  if ('refusal' in authorized) return authorized.refusal;
  const { host } = authorized;
  const userId = userIdSchema.safeParse(rawUserId);
  if (!userId.success) {
    return problemAnswer(422, 'Invalid user id', 'The user id must be 1 to 200 characters of well-formed text.', [{ field: 'id', message: userId.error.issues[0]?.message ?? 'is invalid' }]);
  }
  const { current, legacy } = hostUserId(secret, host, userId.data);
  const agreements = await acceptanceStatus(db, [current, legacy], getAgreementHistories());
  return jsonAnswer({ userId: userId.data, agreements });
}

/** GET /api/v1/agreements: the current version of each agreement, with the hash of each language's text. */
export async function listAgreements(db: Database, headers: HeaderReader): Promise<Answer> {
  const authorized = await authorizeHost(db, headers);
  if ('refusal' in authorized) return authorized.refusal;
  return jsonAnswer({
    agreements: getAgreements(routing.defaultLocale).map(({ slug, current, sha256 }) => ({
      slug,
      title: current.title,
      version: current.version,
      effectiveDate: current.effectiveDate,
      texts: routing.locales.flatMap((locale) => {
        const text = getText(slug, current.version, locale);
        return text ? [{ language: locale, sha256: text.sha256 }] : [];
      }),
      primarySha256: sha256,
    })),
  });
}

/** Acceptances in one batch request at most, and its body's size. */
export const MAX_BATCH_ITEMS = 500;
export const MAX_BATCH_BYTES = 1024 * 1024;

const batchSchema = z.strictObject({ acceptances: z.array(z.record(z.string(), z.unknown())).min(1).max(MAX_BATCH_ITEMS) });

/**
 * POST /api/v1/acceptances:batch: up to 500 acceptances, for hosts that import or sync in bulk. Each
 * may carry its own `idempotencyKey`, is checked on its own and gets its own result (status and body,
 * as `POST /acceptances` would answer it), in order; one refused acceptance does not stop the others.
 */
export async function recordAcceptanceBatch(db: Database, secret: string, request: ApiRequest): Promise<Answer> {
  const authorized = await authorizeHost(db, request.headers);
  if ('refusal' in authorized) return authorized.refusal;
  const read = await readJsonBody(request, MAX_BATCH_BYTES);
  if ('error' in read) return read.error;
  const parsed = batchSchema.safeParse(read.body);
  if (!parsed.success) {
    return problemAnswer(422, 'Invalid batch', `Send {"acceptances": [...]} with 1 to ${MAX_BATCH_ITEMS} acceptances; nothing was recorded.`, fieldErrors(parsed.error));
  }
  const sequencer = sequencerFor(db, secret);
  const results = await Promise.all(
    parsed.data.acceptances.map(async ({ idempotencyKey, ...body }, index) => {
      const key = typeof idempotencyKey === 'string' ? idempotencyKey : idempotencyKey === undefined ? null : '';
      const checked = acceptanceItem(secret, authorized.host, key, body, 'idempotencyKey');
      const outcome = 'outcome' in checked ? checked.outcome : await sequencer.submit(checked.item);
      return { index, status: outcome.status, ...(outcome.replayed ? { replayed: true } : {}), body: JSON.parse(outcome.body) as unknown };
    }),
  );
  return jsonAnswer({ results });
}
