import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { appendAcceptances } from '@/lib/acceptance/ledger';
import { acceptanceStatus } from '@/lib/acceptance/status';
import { getAgreementHistories, getAgreementSlugs, getAgreements, getText } from '@/lib/content/agreements';
import { routing } from '@/i18n/routing';
import type { Database } from '@/lib/db/open-database';
import { authorizeHost } from './authorize-host';
import { type FieldError, problem } from './problem';
import { readJsonBody } from './read-json';

export const recordAcceptanceSchema = z.strictObject({
  userId: z.string().min(1).max(200).describe("The host service's own id for the user"),
  agreement: z.string().min(1).max(100).describe('Agreement slug, e.g. "kmct-service-agreement"'),
  version: z.string().min(1).max(50).describe('The version the user was shown'),
  language: z.string().min(2).max(10).default('en').describe('Language of the text shown'),
  wording: z.string().min(1).max(2000).describe('The exact words of the checkbox or button the user acted on (stored hashed)'),
  email: z.email().max(254).optional(),
  ipAddress: z.union([z.ipv4(), z.ipv6()]).optional(),
  userAgent: z.string().max(512).optional(),
  pageUrl: z.url().max(2048).optional(),
  timeZone: z.string().max(64).optional().describe('Client-asserted IANA time zone'),
});

const userIdSchema = z.string().min(1).max(200);

/** Host users live in their host's namespace, so two hosts' "42" are different people. */
const hostUserId = (host: string, id: string) => `host:${host}:${id}`;

const fieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.map((issue) => ({
    field: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || '(body)',
    message: issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message,
  }));

/** POST /api/v1/acceptances: records one acceptance for a host's user. */
export async function recordAcceptance(db: Database, secret: string, request: Request): Promise<Response> {
  const authorized = await authorizeHost(db, request);
  if ('response' in authorized) return authorized.response;
  const { host } = authorized;
  const read = await readJsonBody(request);
  if ('error' in read) return read.error;
  const parsed = recordAcceptanceSchema.safeParse(read.body);
  if (!parsed.success) return problem(422, 'Invalid acceptance', 'Some fields are missing or wrong.', fieldErrors(parsed.error));
  const input = parsed.data;
  const text = getText(input.agreement, input.version, input.language);
  if (!text) {
    const known = getAgreementSlugs().includes(input.agreement);
    const field = known ? 'version' : 'agreement';
    return problem(422, 'Unknown agreement version', `No published text matches agreement "${input.agreement}", version "${input.version}", language "${input.language}".`, [
      { field, message: known ? 'is not a published version of this agreement in this language' : 'is not a known agreement' },
    ]);
  }
  const [record] = await db.transaction((tx) =>
    appendAcceptances(tx, secret, [
      {
        userId: hostUserId(host, input.userId),
        agreement: input.agreement,
        version: input.version,
        language: input.language,
        contentSha256: text.sha256,
        method: 'api',
        wordingSha256: createHash('sha256').update(input.wording, 'utf8').digest('hex'),
        email: input.email ?? null,
        ipAddress: input.ipAddress ?? null,
        userAgent: input.userAgent ?? null,
        pageUrl: input.pageUrl ?? null,
        referrer: null,
        clientTimeZone: input.timeZone ?? null,
      },
    ]),
  );
  if (!record) throw new Error('no record appended');
  const { id, seq, recordedAt, agreement, version, language, contentSha256, recordHash } = record;
  return Response.json({ id, seq, recordedAt, agreement, version, language, contentSha256, recordHash }, { status: 201 });
}

/**
 * GET /api/v1/users/{id}/status: for each agreement, whether this user has accepted the current version,
 * and if not, whether the change since is major (accept again) or minor (announce).
 */
export async function userStatus(db: Database, request: Request, rawUserId: string): Promise<Response> {
  const authorized = await authorizeHost(db, request);
  if ('response' in authorized) return authorized.response;
  const { host } = authorized;
  const userId = userIdSchema.safeParse(rawUserId);
  if (!userId.success) return problem(422, 'Invalid user id', 'The user id must be 1 to 200 characters.', [{ field: 'id', message: 'must be 1 to 200 characters' }]);
  const agreements = await acceptanceStatus(db, hostUserId(host, userId.data), getAgreementHistories());
  return Response.json({ userId: userId.data, agreements });
}

/** GET /api/v1/agreements: the current version of each agreement, with the hash of each language's text. */
export async function listAgreements(db: Database, request: Request): Promise<Response> {
  const authorized = await authorizeHost(db, request);
  if ('response' in authorized) return authorized.response;
  return Response.json({
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
