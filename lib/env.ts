import path from 'node:path';
import { z } from 'zod';

/**
 * The only module that reads process.env. Everything else imports `env`.
 * Parsed lazily so `next build` does not require runtime-only settings.
 */
const RATE_LIMIT_KINDS = ['signup', 'signup-attempt', 'signin', 'signin-failed', 'api', 'api-auth', 'password-reset'] as const;
const RATE_LIMIT_ENTRY = `(?:${RATE_LIMIT_KINDS.join('|')})=\\d+/\\d+`;
const RATE_LIMITS_SPEC = new RegExp(`^${RATE_LIMIT_ENTRY}(?:,${RATE_LIMIT_ENTRY})*$`);

const envSchema = z.object({
  CONTENT_DIR: z.string().min(1).optional(),
  SITE_URL: z.url().optional(),
  /** PostgreSQL connection string; without it the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** The role that owns the schema and runs migrations (PostgreSQL); the app itself connects as DATABASE_URL's role. */
  MIGRATION_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated. */
  TRUSTED_PROXIES: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** How long the caching proxy (npm run start:proxy) may serve a public page before asking the app again. */
  PROXY_CACHE_SECONDS: z.coerce.number().int().min(1).max(3600).optional(),
  /** The app's own port behind the caching proxy (npm run start:proxy); default PORT + 1. */
  PROXY_APP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Where Prometheus metrics are served (GET /metrics), apart from the public port; unset: not served. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** The address the metrics port listens on; default 127.0.0.1 (this machine only). */
  METRICS_HOST: z.string().min(1).optional(),
  /** The ledger's checkpoint origin and note key name; default: SITE_URL's host and path + "/ledger". */
  LEDGER_ORIGIN: z.string().regex(/^[^\s+]+$/, 'must be a schema-less URL prefix without spaces or "+"').optional(),
  DATA_DIR: z.string().min(1).optional(),
  /** The SMTP server email goes through, e.g. smtps://user:pass@mail.example:465; unset: no email is sent. */
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL').optional(),
  /** The sender of Accord's email, e.g. "Accord <legal@example.com>"; default no-reply at SITE_URL's host. */
  MAIL_FROM: z.string().min(3).optional(),
  /** Signs sessions and keys the pseudonyms in acceptance records; required with DATABASE_URL. */
  ACCORD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Overrides of the request limits, e.g. "signup=10/600,api=600/60" (requests per window of seconds). */
  ACCORD_RATE_LIMITS: z
    .string()
    .regex(RATE_LIMITS_SPEC, `must look like "signup=10/600,signin=20/600,api=600/60,api-auth=60/60" (kinds: ${RATE_LIMIT_KINDS.join(', ')})`)
    .optional(),
});

export type RateLimitKind = (typeof RATE_LIMIT_KINDS)[number];
export type RateLimit = { max: number; windowSeconds: number };

/**
 * Per client address: accounts created (signup), signup forms submitted (signup-attempt), sign-in
 * attempts (signin), failed API authentication (api-auth); per email and address: failed sign-ins
 * (signin-failed); per host service: API requests (api); per address and per email: password reset
 * emails asked for (password-reset).
 */
const DEFAULT_RATE_LIMITS: Record<RateLimitKind, RateLimit> = {
  signup: { max: 10, windowSeconds: 600 },
  'signup-attempt': { max: 100, windowSeconds: 600 },
  signin: { max: 20, windowSeconds: 600 },
  'signin-failed': { max: 5, windowSeconds: 900 },
  api: { max: 600, windowSeconds: 60 },
  'api-auth': { max: 60, windowSeconds: 60 },
  'password-reset': { max: 5, windowSeconds: 3600 },
};

function rateLimits(spec: string | undefined): Record<RateLimitKind, RateLimit> {
  const limits = { ...DEFAULT_RATE_LIMITS };
  for (const entry of spec?.split(',') ?? []) {
    const [kind, rule] = entry.split('=') as [RateLimitKind, string];
    const [max, windowSeconds] = rule.split('/').map(Number) as [number, number];
    limits[kind] = { max, windowSeconds };
  }
  return limits;
}

type Env = {
  /** Absolute path of the directory holding `agreements/` and `agreements.lock.json`. */
  contentDir: string;
  /** Public origin used for canonical URLs and metadata. */
  siteUrl: string;
  databaseUrl: string | null;
  /** The owner role's connection, for migrations; null when the app's own role migrates (not recommended). */
  migrationDatabaseUrl: string | null;
  /** Addresses and ranges of reverse proxies whose X-Forwarded-For is believed (empty: none). */
  trustedProxies: string;
  port: number;
  /** npm run start:proxy: nginx on `port` (PORT, default 8080), the app behind it on `appPort`. */
  proxy: { port: number; appPort: number; cacheSeconds: number };
  metrics: { port: number; host: string } | null;
  ledgerOrigin: string;
  /** Where the embedded database and its generated secret live. */
  dataDir: string;
  /** SMTP_URL and the sender; null: email is off. */
  mail: { smtpUrl: string; from: string } | null;
  secret: string | null;
  rateLimits: Record<RateLimitKind, RateLimit>;
};

/** "https://accord.example/legal/" → "accord.example/legal/ledger": the C2SP origin of the ledger served there. */
function defaultLedgerOrigin(siteUrl: string): string {
  const url = new URL(siteUrl);
  return `${url.host}${url.pathname.replace(/\/+$/, '')}/ledger`;
}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${fields.join('; ')}`);
  }
  cached = {
    contentDir: parsed.data.CONTENT_DIR
      ? path.resolve(/* turbopackIgnore: true */ parsed.data.CONTENT_DIR)
      : path.join(process.cwd(), 'content'),
    siteUrl: parsed.data.SITE_URL ?? 'http://localhost:3000',
    databaseUrl: parsed.data.DATABASE_URL ?? null,
    migrationDatabaseUrl: parsed.data.MIGRATION_DATABASE_URL ?? null,
    trustedProxies: parsed.data.TRUSTED_PROXIES ?? '',
    port: parsed.data.PORT ?? 3000,
    proxy: {
      port: parsed.data.PORT ?? 8080,
      appPort: parsed.data.PROXY_APP_PORT ?? (parsed.data.PORT ?? 8080) + 1,
      cacheSeconds: parsed.data.PROXY_CACHE_SECONDS ?? 60,
    },
    metrics: parsed.data.METRICS_PORT ? { port: parsed.data.METRICS_PORT, host: parsed.data.METRICS_HOST ?? '127.0.0.1' } : null,
    ledgerOrigin: parsed.data.LEDGER_ORIGIN ?? defaultLedgerOrigin(parsed.data.SITE_URL ?? 'http://localhost:3000'),
    dataDir: path.resolve(/* turbopackIgnore: true */ parsed.data.DATA_DIR ?? 'data'),
    secret: parsed.data.ACCORD_SECRET ?? null,
    mail: parsed.data.SMTP_URL
      ? { smtpUrl: parsed.data.SMTP_URL, from: parsed.data.MAIL_FROM ?? `Accord <no-reply@${new URL(parsed.data.SITE_URL ?? 'http://localhost').hostname}>` }
      : null,
    rateLimits: rateLimits(parsed.data.ACCORD_RATE_LIMITS),
  };
  return cached;
}

/** This process's environment with `overrides`, for a child process (the app behind the caching proxy). */
export function childEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
