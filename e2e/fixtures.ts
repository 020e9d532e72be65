import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContextOptions, expect, type Page } from '@playwright/test';

export const AGREEMENTS = [
  { slug: 'kmct-service-agreement', title: 'Kingsoft Cloud Media Cloud Transcoder (KMCT) Service Agreement', navTitle: 'Service Agreement', lastUpdated: '2020-11-26 15:53:15' },
  { slug: 'product-terms-of-service', title: 'Kingsoft Cloud Product Terms of Service', navTitle: 'Product Terms of Service', lastUpdated: '2020-12-31 16:15:22' },
] as const;

/** Inside an agreement's article, each of these is one line of the published text: heading, clause number and words. */
export const PUBLISHED_LINES = 'h1, h2, h3, p';

/** Runs axe (WCAG 2.x A and AA, 2.2 included) on a fresh context and expects no violations. */
export async function expectNoAxeViolations(browser: Browser, url: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(url);
  // An error page would pass for the wrong reasons (or fail for them): name the status first.
  expect(response?.headers()['content-type'], `${url} answered ${response?.status()}`).toContain('text/html');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  await context.close();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Below the wide layout, "On this page" and the document list sit in one "Contents" menu above the
 * text; opens it there (on a wide screen they are columns, and nothing is opened).
 */
export async function openContentsMenu(page: Page, name: 'Contents' | '目录' = 'Contents') {
  const menu = page.locator('summary').filter({ hasText: name });
  if (await menu.isVisible()) await menu.click();
}

/** Saves a full-page screenshot under test-results/screenshots/ for a person to look at. */
export async function saveScreenshot(page: Page, name: string, projectName: string) {
  await page.screenshot({ path: `test-results/screenshots/${projectName}/${name}.png`, fullPage: !name.startsWith('reading-') });
}

/** Creates an account the way a person does: email, password, every agreement ticked, "Agree and create account". */
export async function signUpAcceptingAll(page: Page, email: string, password = 'correct horse battery staple', base = '') {
  await page.goto(`${base}/en/signup`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: 'Agree and create account' }).click();
  await expect(page).toHaveURL(`${base}/en/account?created=1`);
}

/**
 * Collects every Content-Security-Policy violation on the page from now on: console messages, and the
 * DevTools issues in which Chromium reports some violations (eval in a library, say) instead.
 */
export async function cspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Audits.enable');
  devtools.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'ContentSecurityPolicyIssue') violations.push(JSON.stringify(issue.details));
  });
  return violations;
}
