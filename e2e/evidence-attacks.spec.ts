import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { createApiKey } from '../lib/api/api-keys';
import { openDatabase } from '../lib/db/open-database';
import { POSTGRES_ADMIN_URL } from '../test-support/databases';
import { signUpAcceptingAll } from './fixtures';
import { startServer, stopServer, waitUntilUp } from './server-process';

// Issue 15, from the attacker's side, against a production server on PostgreSQL set up as the README
// says: roles from scripts/db-roles.sql, migrations as the owner, the app as a role that cannot alter
// the ledger, no trusted proxy.
const PORT = 3109;
const BASE = `http://127.0.0.1:${PORT}`;
const suffix = `${process.pid}_${Date.now().toString(36)}`;
const roles = { owner: `e2e_owner_${suffix}`, app: `e2e_app_${suffix}`, database: `e2e_attacks_${suffix}` };
const urlAs = (role: string) => POSTGRES_ADMIN_URL.replace('postgres@', `${role}@`).replace(/\/test$/, `/${roles.database}`);
const superuserUrl = POSTGRES_ADMIN_URL.replace(/\/test$/, `/${roles.database}`);

async function asSuperuser<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const userCount = () => asSuperuser(async (client) => Number((await client.query('SELECT count(*) AS n FROM "user"')).rows[0].n));

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'runs its own server; once is enough'));
test.setTimeout(180_000);

test('every way around the acceptance record is closed', async ({ browser }) => {
  const created = spawnSync('psql', [POSTGRES_ADMIN_URL, '-q', '-v', `owner=${roles.owner}`, '-v', `app=${roles.app}`, '-v', `database=${roles.database}`, '-f', 'scripts/db-roles.sql'], { encoding: 'utf8' });
  expect(created.status, created.stderr).toBe(0);
  let output = '';
  const server = startServer(
    PORT,
    { DATABASE_URL: urlAs(roles.app), MIGRATION_DATABASE_URL: urlAs(roles.owner), ACCORD_SECRET: 'attacks-test-secret-attacks-test-secret-01', ACCORD_RATE_LIMITS: 'signup=2/86400,signup-attempt=50/86400,api-auth=2/86400,api=1000/60' },
    (text) => {
      output += text;
    },
  );
  try {
    await waitUntilUp(BASE);
    // The database opens (and is migrated by the owner role) on first use.
    expect((await fetch(`${BASE}/api/v1/agreements`)).status).toBe(401);

    // 1. better-auth's own sign-up route: gone, and no account appears.
    for (const route of ['/api/auth/sign-up/email', '/api/auth/sign-in/email']) {
      const response = await fetch(`${BASE}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: BASE }, body: JSON.stringify({ email: 'sneaky@example.com', password: 'long enough password', name: 'x' }) });
      expect(response.status, route).toBe(404);
    }
    expect(await userCount()).toBe(0);

    // 5. A spoofed X-Forwarded-For changes nothing: failed signups do not count, two accounts may be
    // created from this address, and a third is refused whatever address the client claims.
    const claiming = async (address: string) => browser.newPage({ extraHTTPHeaders: { 'x-forwarded-for': address } });
    for (const n of [1, 2, 3]) {
      const page = await claiming(`198.51.100.${n}`);
      await page.goto(`${BASE}/en/signup`);
      await page.getByLabel('Email').fill(`short-${n}@example.com`);
      await page.getByLabel('Password').fill('short');
      for (const box of await page.getByRole('checkbox').all()) await box.check();
      await page.getByRole('button', { name: 'Agree and create account' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Your account was not created' })).toContainText('at least 10 characters');
      await page.close();
    }
    const customer = await claiming('198.51.100.10');
    await signUpAcceptingAll(customer, 'customer@example.com', 'correct horse battery staple', BASE);
    const second = await claiming('198.51.100.11');
    await signUpAcceptingAll(second, 'second@example.com', 'correct horse battery staple', BASE);
    await second.close();
    const third = await claiming('203.0.113.77');
    await third.goto(`${BASE}/en/signup`);
    await third.getByLabel('Email').fill('third@example.com');
    await third.getByLabel('Password').fill('correct horse battery staple');
    for (const box of await third.getByRole('checkbox').all()) await box.check();
    await third.getByRole('button', { name: 'Agree and create account' }).click();
    await expect(third.getByRole('alert').filter({ hasText: 'Too many sign-up attempts from your network' })).toBeVisible();
    await third.close();
    expect(await userCount()).toBe(2);
    // The address recorded is the connection's, not the one claimed.
    const recorded = await asSuperuser(async (client) => (await client.query('SELECT DISTINCT ip_address FROM acceptance_personal_data')).rows.map((row) => row.ip_address));
    expect(recorded).toEqual(['127.0.0.1']);

    // Guessing API keys from "rotating" addresses: limited all the same (two failures a day per address;
    // the opening request above was the first).
    const guesses = [];
    for (const n of [2, 3, 4]) guesses.push((await fetch(`${BASE}/api/v1/agreements`, { headers: { authorization: 'Bearer wrong', 'x-forwarded-for': `192.0.2.${n}` } })).status);
    expect(guesses).toEqual([401, 429, 429]);

    // 2. A lone surrogate or a NUL in any field: a 422 naming it, never a 500, nothing recorded.
    const app = await openDatabase({ databaseUrl: urlAs(roles.app) });
    const key = await createApiKey(app.db, 'shop');
    await app.close();
    const records = () => asSuperuser(async (client) => Number((await client.query('SELECT count(*) AS n FROM acceptance_record')).rows[0].n));
    const before = await records();
    for (const [field, escaped] of [['timeZone', '\\ud800'], ['userId', '\\udfff'], ['pageUrl', 'https://shop.example/\\ud800'], ['userAgent', 'x\\u0000y']]) {
      const body = `{"userId":"u-1","agreement":"kmct-service-agreement","version":"2020-11-26","wording":"I agree","${field}":"${escaped}"}`;
      const response = await fetch(`${BASE}/api/v1/acceptances`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body });
      expect(response.status, field).toBe(422);
      expect(((await response.json()) as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([field]);
    }
    expect(await records()).toBe(before);
    const verify = spawnSync('node_modules/.bin/tsx', ['scripts/ledger-verify.ts'], { env: { ...process.env, DATABASE_URL: urlAs(roles.app), ACCORD_SECRET: 'attacks-test-secret-attacks-test-secret-01' }, encoding: 'utf8' });
    expect(verify.stdout).toContain(`ledger verifies: ${before} records`);

    // 4. The customer's receipt, downloaded while the record was intact…
    await customer.goto(`${BASE}/en/account`);
    const href = (await customer.getByRole('link', { name: 'Download signed receipt' }).first().getAttribute('href')) ?? '';
    const receipt = await (await customer.request.get(`${BASE}${href}`)).text();
    // …then the record is rewritten behind the app's back (by the only role that can: a superuser).
    const recordId = href.split('/').at(-1) ?? '';
    await asSuperuser(async (client) => {
      await client.query('ALTER TABLE acceptance_record DISABLE TRIGGER USER');
      await client.query("UPDATE acceptance_record SET version = '2099-01-01' WHERE id = $1", [recordId]);
      await client.query('ALTER TABLE acceptance_record ENABLE TRIGGER USER');
    });
    const refused = await customer.request.get(`${BASE}${href}`);
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { detail: string }).detail).toContain('no longer matches the ledger');
    await customer.goto(`${BASE}/en/verify`);
    await customer.getByLabel('Paste the receipt').fill(receipt);
    await customer.getByRole('button', { name: 'Verify receipt' }).click();
    const verdict = customer.getByRole('status');
    await expect(verdict).toContainText('This receipt is genuine, but the ledger no longer holds the record as you accepted it');
    await expect(verdict).toContainText('The ledger’s record differs from the one in the receipt');
    await customer.screenshot({ path: 'test-results/screenshots/desktop/verify-tampered.png', fullPage: true });
    await customer.close();

    // Nothing of the customers, nor a 500, in the server's log.
    expect(output).not.toMatch(/"status":500/);
    for (const leaked of ['customer@example.com', 'second@example.com', 'short-1@example.com']) expect(output).not.toContain(leaked);
  } finally {
    stopServer(server);
    spawnSync('psql', [POSTGRES_ADMIN_URL, '-q', '-c', `DROP DATABASE IF EXISTS ${roles.database} WITH (FORCE)`, '-c', `DROP ROLE IF EXISTS ${roles.app}`, '-c', `DROP ROLE IF EXISTS ${roles.owner}`]);
  }
});
