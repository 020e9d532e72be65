import { test } from '@playwright/test';
import { AGREEMENTS, expectNoAxeViolations } from './fixtures';

const PAGES = ['/en', '/zh', ...AGREEMENTS.flatMap((a) => [`/en/agreements/${a.slug}`, `/zh/agreements/${a.slug}`]), '/en/agreements/nope'];

for (const url of PAGES) {
  test(`axe finds no WCAG 2.2 AA violations on ${url}`, async ({ browser }) => {
    await expectNoAxeViolations(browser, url);
  });
}
