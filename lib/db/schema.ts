import { bigint, boolean, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// ---- better-auth's tables (its CLI needs Node 22, so they are written here from its documented schema)

export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  /** The language the person signed up in: what Accord writes to them in. */
  locale: text('locale').notNull().default('en'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const session = pgTable('session', {
  id: text('id').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  token: text('token').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  ipAddress: text('ip_address'),
  userAgent: text('user_agent'),
  userId: text('user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' }),
});

export const account = pgTable('account', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull(),
  providerId: text('provider_id').notNull(),
  userId: text('user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' }),
  accessToken: text('access_token'),
  refreshToken: text('refresh_token'),
  idToken: text('id_token'),
  accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
  refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
  scope: text('scope'),
  password: text('password'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const verification = pgTable('verification', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** better-auth's rate-limit counters, in the database so limits hold across app instances. */
export const rateLimit = pgTable('rate_limit', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
});

// ---- The acceptance ledger

/**
 * One accepted agreement. Append-only (triggers in the migrations reject UPDATE, DELETE and TRUNCATE)
 * and hash-chained: `record_hash` covers every column here but itself, `prev_hash` included. It holds
 * no personal data, only keyed pseudonyms of it, so erasing a person never breaks the chain.
 */
export const acceptanceRecord = pgTable(
  'acceptance_record',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull(),
    userId: text('user_id').notNull(),
    agreement: text('agreement').notNull(),
    version: text('version').notNull(),
    language: text('language').notNull(),
    contentSha256: text('content_sha256').notNull(),
    action: text('action').notNull(),
    method: text('method').notNull(),
    wordingSha256: text('wording_sha256').notNull(),
    /** Absent when a host service records an acceptance without the person's email. */
    emailPseudonym: text('email_pseudonym'),
    ipPseudonym: text('ip_pseudonym'),
    userAgentPseudonym: text('user_agent_pseudonym'),
    /** Server-observed: the page the acceptance was given on (the Referer of the form post). */
    pageUrl: text('page_url'),
    /** Client-asserted: the page that led to the form (document.referrer), as the browser reported it. */
    referrer: text('referrer'),
    /** Client-asserted, not observed by the server. */
    clientTimeZone: text('client_time_zone'),
    prevHash: text('prev_hash').notNull(),
    recordHash: text('record_hash').notNull().unique(),
  },
  (table) => [
    index('acceptance_record_user_idx').on(table.userId, table.agreement),
    // The operator console filters by these, newest first, at millions of rows: each ends in seq, so
    // "filter = x ORDER BY seq DESC LIMIT 50" reads the index backwards and stops after one page.
    index('acceptance_record_agreement_seq_idx').on(table.agreement, table.seq),
    index('acceptance_record_version_seq_idx').on(table.version, table.seq),
    index('acceptance_record_method_seq_idx').on(table.method, table.seq),
    index('acceptance_record_email_idx').on(table.emailPseudonym, table.seq),
    index('acceptance_record_recorded_at_seq_idx').on(table.recordedAt, table.seq),
  ],
);

/**
 * The ledger's RFC 9162 Merkle tree, stored: the hash (hex) of every perfect subtree, named by level and
 * index (node (level, idx) covers leaves [idx·2^level, (idx+1)·2^level)); leaf i is record seq i+1.
 * Append-only, written in the same transaction as the records.
 */
export const merkleNode = pgTable('merkle_node', {
  level: smallint('level').notNull(),
  idx: bigint('idx', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
}, (table) => [primaryKey({ columns: [table.level, table.idx] })]);

/** Signed checkpoints (C2SP tlog-checkpoint notes) of the ledger's tree, every one ever published. */
export const ledgerCheckpoint = pgTable('ledger_checkpoint', {
  size: bigint('size', { mode: 'number' }).primaryKey(),
  rootHash: text('root_hash').notNull(),
  /** The signed note exactly as served. */
  note: text('note').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }).notNull(),
});

/** Host services allowed to use the API. Only a SHA-256 of each key's secret is stored. */
export const apiKey = pgTable('api_key', {
  id: text('id').primaryKey(),
  /** The host service's name; its users' ids are recorded as "host:<name>:<id>". */
  host: text('host').notNull().unique(),
  secretSha256: text('secret_sha256').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** The personal data behind a record's pseudonyms. Kept apart so it can be erased. */
export const acceptancePersonalData = pgTable('acceptance_personal_data', {
  recordId: uuid('record_id')
    .primaryKey()
    .references(() => acceptanceRecord.id),
  email: text('email'),
  ipAddress: text('ip_address'),
  userAgent: text('user_agent'),
  /** The page (scheme, host, path: no query or fragment) behind the record's page URL pseudonym. */
  pageUrl: text('page_url'),
  /** Likewise for the client-asserted referrer. */
  referrer: text('referrer'),
  /** A host service's own id for its user, behind the pseudonym in the record's user id. */
  hostUserId: text('host_user_id'),
  erasedAt: timestamp('erased_at', { withTimezone: true }),
});

/**
 * The API's idempotency keys: a host that retries a POST with the same Idempotency-Key gets the first
 * answer again instead of a second record. Kept at least a day.
 */
export const apiIdempotency = pgTable(
  'api_idempotency',
  {
    host: text('host').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the request body the key was first used with. */
    requestSha256: text('request_sha256').notNull(),
    status: integer('status').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.host, table.key] }), index('api_idempotency_created_at_idx').on(table.createdAt)],
);

// ---- Request limits

/** Requests counted per bucket ("signup:203.0.113.7") and fixed window, shared by every app instance. */
export const requestQuota = pgTable(
  'request_quota',
  {
    bucket: text('bucket').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
  },
  (table) => [primaryKey({ columns: [table.bucket, table.windowStart] })],
);

// ---- The operator console

/** People who run Accord. Granted only by `npm run admin:create`; nobody can grant it from the web. */
export const operator = pgTable('operator', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
  grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
});

/** What operators did (exports, erasures, verifications). Append-only, like the ledger. */
export const adminAuditLog = pgTable('admin_audit_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  adminUserId: text('admin_user_id').notNull(),
  action: text('action').notNull(),
  /** What the action covered and found, as JSON text (filters, counts, results); never personal data. */
  details: text('details').notNull(),
});

/** Full ledger verifications run in the background, with their progress, so any instance's console can show it. */
export const verificationJob = pgTable('verification_job', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  adminUserId: text('admin_user_id').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
  /** Last progress report; a job silent for long was interrupted (its process stopped). */
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  total: bigint('total', { mode: 'number' }).notNull(),
  checked: bigint('checked', { mode: 'number' }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  /** The audit log entry holding the result, once finished. */
  auditSeq: bigint('audit_seq', { mode: 'number' }),
});

// ---- Email

/**
 * Email waiting to be sent, written in the transaction of what caused it (a signup, a reset request)
 * and delivered by lib/email/deliver.ts, at least once. `messageId` is fixed when the email is queued,
 * so a retry after a crash is the same message to the receiver. Once sent (or given up on), the
 * address and the content are cleared: only what the console counts is kept.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey(),
    /** What the email is (lib/email/messages.ts): its template. */
    kind: text('kind').notNull(),
    /** At most one email per key (a notice per user and version); null: no such limit. */
    dedupeKey: text('dedupe_key').unique(),
    userId: text('user_id'),
    toAddress: text('to_address'),
    locale: text('locale').notNull(),
    /** The template's data (JSON); cleared once sent. */
    payload: text('payload'),
    messageId: text('message_id').notNull().unique(),
    /** pending, sent, dead (given up after too many attempts) or erased (its person was, before it was sent). */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull(),
    /** When a worker may next try: after a back-off, or once a claim by a worker that died runs out. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, precision: 3 }).notNull(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, precision: 3 }),
  },
  (table) => [index('email_outbox_due_idx').on(table.status, table.nextAttemptAt), index('email_outbox_user_idx').on(table.userId)],
);

/**
 * Advance notices of a major version published with a future effective date: one row per version
 * once the app has started queueing its notices (one email per affected account, at most once each:
 * the outbox's dedupe key), finished when every account was looked at.
 */
export const changeNotice = pgTable(
  'change_notice',
  {
    agreement: text('agreement').notNull(),
    version: text('version').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  },
  (table) => [primaryKey({ columns: [table.agreement, table.version] })],
);
