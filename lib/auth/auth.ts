import 'server-only';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { getDatabase } from '@/lib/db/database';
import type { Database } from '@/lib/db/open-database';
import { account, rateLimit, session, user, verification } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { CLIENT_ADDRESS_HEADER } from '@/lib/net/client-address';
import { serverSecret } from '@/lib/secret';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './limits';


/** How long a password reset link works (it works once). */
export const RESET_LINK_MINUTES = 30;

/** How long an email confirmation link works. */
export const VERIFY_LINK_DAYS = 3;

/** A token better-auth made for an account (a reset, a confirmation of the address), to be emailed. */
type TokenIssued = (issued: { user: { id: string; email: string }; token: string }) => Promise<void>;

/** What to do with the tokens that must reach the account's inbox: queue the email, in the same transaction. */
export interface EmailHooks {
  onResetRequested?: TokenIssued;
  onVerificationRequested?: TokenIssued;
}

/**
 * better-auth over a database handle. `db` may be a transaction: signup builds an instance on its
 * transaction so that the account and its acceptances commit together or not at all, and a reset
 * request one whose hook queues the email in the transaction that stores the token.
 */
export function createAuth(db: Database, { onResetRequested, onVerificationRequested }: EmailHooks = {}) {
  return betterAuth({
    appName: 'Accord',
    baseURL: env().siteUrl,
    secret: serverSecret(),
    database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification, rateLimit } }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: RESET_LINK_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      ...(onResetRequested && { sendResetPassword: ({ user, token }) => onResetRequested({ user, token }) }),
    },
    // Not required to use the account: the address is confirmed when the person follows the link.
    emailVerification: {
      expiresIn: VERIFY_LINK_DAYS * 24 * 60 * 60,
      ...(onVerificationRequested && { sendOnSignUp: true, sendVerificationEmail: ({ user, token }) => onVerificationRequested({ user, token }) }),
    },
    // better-auth's HTTP routes are not exposed (app/api/auth does not exist): accounts are created only
    // by the signup form, with its acceptances, and sign-in is limited by lib/auth/sign-in.ts.
    rateLimit: { enabled: false },
    // The language the person signs up in, for the email Accord sends them later (advance notices).
    user: { additionalFields: { locale: { type: 'string', required: false, defaultValue: 'en', input: true } } },
    advanced: {
      useSecureCookies: env().siteUrl.startsWith('https://'),
      // The address server.ts took from the connection (never a client's own X-Forwarded-For).
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    telemetry: { enabled: false },
    // better-auth's own messages (a failed insert carries its parameters) go through the scrubbing logger.
    logger: { log: (level, message, ...args) => logger[level]({ details: args }, `better-auth: ${message}`) },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const INSTANCES = new WeakMap<Database, Auth>();

/** The one instance on a (non-transaction) database handle, built on first use. */
export function authFor(db: Database): Auth {
  let auth = INSTANCES.get(db);
  if (!auth) INSTANCES.set(db, (auth = createAuth(db)));
  return auth;
}

/** The app-wide instance, on the shared database handle. */
export async function getAuth(): Promise<Auth> {
  return authFor(await getDatabase());
}
