import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { count, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAcceptances, verifyLedger } from '@/lib/ledger/records';
import { signUpWithAcceptances } from '@/lib/acceptance/signup';
import { logAdminAction } from '@/lib/admin/audit-log';
import { erasePersonalData } from '@/lib/admin/erasure';
import { takeQuota } from '@/lib/rate-limit/quota';
import { testAcceptance } from '@/test-support/acceptance-input';
import { POSTGRES_ADMIN_URL } from '@/test-support/databases';
import { openDatabase, type OpenDatabase } from './open-database';
import { acceptanceRecord } from './schema';

// Issue 15.3: the app ran as the role that owns the ledger, which can switch its triggers off and
// rewrite it. With scripts/db-roles.sql and MIGRATION_DATABASE_URL it runs as a role that cannot.
const SECRET = 'roles-test-secret-roles-test-secret-0123';
const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const roles = { owner: `accord_owner_${suffix}`, app: `accord_app_${suffix}`, database: `accord_roles_${suffix}` };
const urlAs = (role: string) => POSTGRES_ADMIN_URL.replace('postgres@', `${role}@`).replace(/\/test$/, `/${roles.database}`);

const createRoles = () =>
  spawnSync('psql', [POSTGRES_ADMIN_URL, '-q', '-v', `owner=${roles.owner}`, '-v', `app=${roles.app}`, '-v', `database=${roles.database}`, '-f', 'scripts/db-roles.sql'], { encoding: 'utf8' });

const input = (n: number) => testAcceptance(n, { pageUrl: 'https://shop.example/terms' });

describe('the app role on PostgreSQL', () => {
  let app: OpenDatabase;
  // Database is engine-neutral, so execute() does not type its rows; on PostgreSQL they are under rows.
  const rows = async <T,>(statement: SQL) => ((await app.db.execute(statement)) as unknown as { rows: T[] }).rows;
  beforeAll(async () => {
    const first = createRoles();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    // Safe to run again.
    expect(createRoles().status).toBe(0);
    app = await openDatabase({ databaseUrl: urlAs(roles.app), migrationDatabaseUrl: urlAs(roles.owner) });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    spawnSync('psql', [POSTGRES_ADMIN_URL, '-q', '-c', `DROP DATABASE IF EXISTS ${roles.database} WITH (FORCE)`, '-c', `DROP ROLE IF EXISTS ${roles.app}`, '-c', `DROP ROLE IF EXISTS ${roles.owner}`]);
  });

  it('connects as the app role, which owns nothing', async () => {
    const who = await rows<{ me: string; owner: string }>(sql`SELECT current_user AS me, tableowner AS owner FROM pg_tables WHERE tablename = 'acceptance_record'`);
    expect(who[0]).toEqual({ me: roles.app, owner: roles.owner });
  });

  it('may do everything the app does: sign up, append, count requests, log, erase', async () => {
    const signup = await signUpWithAcceptances(app.db, {
      locale: 'en',
      email: 'role@example.com',
      password: 'long enough password',
      accepted: [{ slug: 'kmct-service-agreement', title: 'KMCT', navTitle: 'KMCT', version: '2020-11-26', language: 'en', sha256: 'a'.repeat(64), pagePath: '/en/agreements/kmct-service-agreement' }],
      wordingSha256: () => createHash('sha256').update('I agree').digest('hex'),
      clientAddress: '198.51.100.7',
      observed: { ipAddress: '198.51.100.7', userAgent: 'Vitest', pageUrl: 'http://localhost/en/signup' },
      asserted: { timeZone: 'UTC', referrer: null },
      headers: new Headers(),
    });
    expect(signup.ok).toBe(true);
    await app.db.transaction((tx) => appendAcceptances(tx, SECRET, [input(1), input(2)]));
    expect(await takeQuota(app.db, 'signin:198.51.100.7', { max: 5, windowSeconds: 60 })).toEqual({ allowed: true });
    expect(await logAdminAction(app.db, 'u-1', 'verification', { ok: true })).toBeGreaterThan(0);
    expect(await erasePersonalData(app.db, 'user-1')).toBe(1);
    expect(await verifyLedger(app.db)).toMatchObject({ ok: true, size: 3 });
  });

  it.each([
    ['switch the ledger’s triggers off', sql`ALTER TABLE acceptance_record DISABLE TRIGGER USER`],
    ['switch all its triggers off', sql`ALTER TABLE acceptance_record DISABLE TRIGGER ALL`],
    ['update a record', sql`UPDATE acceptance_record SET version = '2099-01-01' WHERE seq = 2`],
    ['delete a record', sql`DELETE FROM acceptance_record WHERE seq = 3`],
    ['truncate the ledger', sql`TRUNCATE acceptance_record CASCADE`],
    ['drop the ledger', sql`DROP TABLE acceptance_record CASCADE`],
    ['drop its append-only trigger', sql`DROP TRIGGER acceptance_record_no_update_delete ON acceptance_record`],
    ['replace the trigger function', sql`CREATE OR REPLACE FUNCTION accord_reject_ledger_change() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql`],
    ['move a record’s personal data to another record', sql`UPDATE acceptance_personal_data SET record_id = gen_random_uuid()`],
    ['rewrite the audit log', sql`UPDATE admin_audit_log SET action = 'export'`],
    ['delete from the audit log', sql`DELETE FROM admin_audit_log`],
    ['create a table', sql`CREATE TABLE shadow (id int)`],
  ])('may not %s', async (_what, statement) => {
    const error: unknown = await app.db.execute(statement).catch((caught: unknown) => caught);
    expect(String(error instanceof Error ? error.cause : error)).toMatch(/permission denied|must be owner/);
    const [rows] = await app.db.select({ n: count() }).from(acceptanceRecord);
    expect(rows?.n).toBe(3);
    expect(await verifyLedger(app.db)).toMatchObject({ ok: true, size: 3 });
  });

  it('cannot give itself more rights (PostgreSQL only warns, and grants nothing)', async () => {
    await app.db.execute(sql.raw(`GRANT UPDATE, DELETE, TRUNCATE ON acceptance_record TO ${roles.app}`));
    const rights = await rows<{ update: boolean; delete: boolean; truncate: boolean }>(
      sql`SELECT has_table_privilege('acceptance_record', 'UPDATE') AS update, has_table_privilege('acceptance_record', 'DELETE') AS delete, has_table_privilege('acceptance_record', 'TRUNCATE') AS truncate`,
    );
    expect(rights[0]).toEqual({ update: false, delete: false, truncate: false });
  });

  it('starts without the owner role once the owner has migrated, and refuses to start before', async () => {
    const again = await openDatabase({ databaseUrl: urlAs(roles.app) });
    await again.close();
    const empty = `${roles.database}_empty`;
    spawnSync('psql', [POSTGRES_ADMIN_URL, '-q', '-c', `CREATE DATABASE ${empty} OWNER ${roles.owner}`, '-c', `REVOKE ALL ON DATABASE ${empty} FROM PUBLIC`, '-c', `GRANT CONNECT ON DATABASE ${empty} TO ${roles.app}`]);
    try {
      await expect(openDatabase({ databaseUrl: urlAs(roles.app).replace(/\/[^/]+$/, `/${empty}`) })).rejects.toThrow(/database migration\(s\) are not applied, and the app's role may not apply them: run `npm run db:migrate`/);
    } finally {
      spawnSync('psql', [POSTGRES_ADMIN_URL, '-q', '-c', `DROP DATABASE IF EXISTS ${empty} WITH (FORCE)`]);
    }
  });
});
