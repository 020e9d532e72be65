import { sql } from 'drizzle-orm';
import type { Database } from './open-database';

/**
 * What the app's PostgreSQL role may do, table by table: the ledger and the audit log only take rows
 * (SELECT, INSERT: no UPDATE, DELETE or TRUNCATE, and as a non-owner it cannot ALTER them or switch
 * their triggers off); personal data may be read, added and erased column by column; the rest is
 * ordinary application state. Applied by the owner role after every migration (lib/db/migrate.ts).
 */
export const APP_ROLE_GRANTS = [
  'GRANT USAGE ON SCHEMA public TO {app}',
  'GRANT SELECT, INSERT ON acceptance_record, admin_audit_log, merkle_node, ledger_checkpoint TO {app}',
  'GRANT SELECT, INSERT ON acceptance_personal_data TO {app}',
  'GRANT UPDATE (email, ip_address, user_agent, page_url, referrer, host_user_id, erased_at) ON acceptance_personal_data TO {app}',
  'GRANT SELECT, INSERT, UPDATE ON "user", account TO {app}',
  'GRANT SELECT, INSERT, UPDATE, DELETE ON session, verification, rate_limit, request_quota, api_idempotency TO {app}',
  'GRANT SELECT, INSERT, UPDATE ON verification_job, email_outbox, change_notice TO {app}',
  'GRANT SELECT, INSERT ON api_key, operator TO {app}',
  'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {app}',
  // So that the app, starting, can see that the migrations were applied (lib/db/migrate.ts).
  'GRANT USAGE ON SCHEMA drizzle TO {app}',
  'GRANT SELECT ON drizzle.__drizzle_migrations TO {app}',
] as const;

/** A PostgreSQL identifier, quoted. */
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Revokes whatever the role held on the schema's tables, then grants exactly APP_ROLE_GRANTS. */
export async function grantAppRole(owner: Database, role: string): Promise<void> {
  const app = quoteIdentifier(role);
  await owner.transaction(async (tx) => {
    await tx.execute(sql.raw(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`));
    for (const grant of APP_ROLE_GRANTS) await tx.execute(sql.raw(grant.replace('{app}', app)));
  });
}
