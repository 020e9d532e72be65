import { expect, test } from '@playwright/test';
import { createApiKey } from '../lib/api/api-keys';
import { createTestDatabase } from '../test-support/databases';
import { startServer, stopServer, waitUntilUp } from './server-process';

// Two production servers on one PostgreSQL database, with tight limits: the counts live in the
// database, so the limits hold across instances.
const PORTS = [3105, 3106] as const;
const BASE = PORTS.map((port) => `http://127.0.0.1:${port}`);
const LIMITS = 'signup=2/600,signup-attempt=2/600,signin=3/600,api=3/60,api-auth=2/60';

/**
 * Waits, if need be, until the next `seconds` fall inside one rate-limit window of `windowSeconds`:
 * windows are fixed (aligned to the epoch), and a count that straddles two starts again from zero.
 */
async function withinOneWindow(windowSeconds: number, seconds: number) {
  const left = windowSeconds * 1000 - (Date.now() % (windowSeconds * 1000));
  if (left < seconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'runs its own servers; once is enough'));
test.setTimeout(120_000);

test('signup, sign-in and the API are limited across instances, with a clear answer', async ({ browser }) => {
  const database = await createTestDatabase('postgres');
  const servers = PORTS.map((port) => startServer(port, { DATABASE_URL: database.url ?? '', ACCORD_SECRET: 'limits-test-secret-limits-test-secret-01', ACCORD_RATE_LIMITS: LIMITS }));
  try {
    await Promise.all(BASE.map(waitUntilUp));
    const key = await createApiKey(database.db, 'shop');

    // The API: three requests a minute for this host, whichever instance answers.
    await withinOneWindow(60, 10);
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let n = 0; n < 4; n++) {
      const response = await fetch(`${BASE[n % 2]}/api/v1/agreements`, { headers: { authorization: `Bearer ${key}` } });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited?.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(limited?.headers.get('content-type')).toBe('application/problem+json');
    expect(await limited?.json()).toMatchObject({ status: 429, title: 'Too many requests', detail: expect.stringMatching(/^The host service "shop" may make 3 requests every 60 seconds\. Try again in \d+ seconds; nothing was recorded\.$/) });
    // Guessing keys: failed attempts are limited per client address.
    const guesses = [];
    for (let n = 0; n < 3; n++) guesses.push((await fetch(`${BASE[n % 2]}/api/v1/agreements`, { headers: { authorization: 'Bearer wrong' } })).status);
    expect(guesses).toEqual([401, 401, 429]);

    // Signup: two attempts per address, then the form says so (and nothing is created).
    await withinOneWindow(600, 60);
    const page = await browser.newPage();
    for (const [n, base] of [BASE[0], BASE[1], BASE[0]].entries()) {
      await page.goto(`${base}/en/signup`);
      await page.getByLabel('Email').fill(`limited-${n}@example.com`);
      await page.getByLabel('Password').fill(n < 2 ? 'short' : 'a long enough password');
      const boxes = page.getByRole('checkbox');
      if (n === 2) for (const box of await boxes.all()) await box.check();
      await page.getByRole('button', { name: 'Agree and create account' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'Your account was not created' });
      if (n < 2) {
        await expect(summary).toContainText('at least 10 characters');
        continue;
      }
      // Nothing to fix: said plainly, not as a list of fields; what was entered is kept (but the password).
      await expect(page.getByRole('alert').filter({ hasText: 'Too many sign-up attempts from your network. Wait a few minutes, then try again; nothing was saved.' })).toBeFocused();
      await expect(summary).toHaveCount(0);
      await expect(page.getByLabel('Email')).toHaveValue('limited-2@example.com');
      await expect(page.getByLabel('Password')).toHaveValue('');
      for (const box of await boxes.all()) await expect(box).toBeChecked();
    }

    // Sign-in: three attempts, then the limit, even with the right password unknown to the attacker.
    await withinOneWindow(600, 60);
    for (const [n, base] of [BASE[0], BASE[1], BASE[0], BASE[1]].entries()) {
      await page.goto(`${base}/en/signin`);
      await page.getByLabel('Email').fill('someone@example.com');
      await page.getByLabel('Password').fill('not the password at all');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert').filter({ hasText: /match|many/ })).toHaveText(
        n < 3 ? 'That email and password do not match an account.' : 'Too many sign-in attempts. Wait a few minutes, then try again.',
      );
    }
    await page.close();
  } finally {
    for (const server of servers) stopServer(server);
    await database.dispose();
  }
});
