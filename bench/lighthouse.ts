// Lighthouse (mobile, Debian Chromium) on the main pages of a running production server. Used by
// `npm run bench`; on its own: npm run build && npm start, then npm run bench:lighthouse [-- <base URL>]
// (writes bench/results/lighthouse.json and lighthouse.md). A figure, not a test.
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseRow = { page: string; scores: Record<string, number>; firstLoadScriptBytes: number };
export const LIGHTHOUSE_PAGES = ['/en', '/en/agreements/kmct-service-agreement', '/en/search?q=suspend', '/en/signup'];

/** Lighthouse (mobile) on each page of a running server: the four category scores and scripts transferred. */
export async function runLighthouse(base: string, pages: string[]): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`no Lighthouse result for ${page}`);
      const { lhr } = result;
      const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]));
      const network = lhr.audits['network-requests']?.details;
      const items = network && 'items' in network ? (network.items as { resourceType?: string; transferSize?: number }[]) : [];
      const firstLoadScriptBytes = items.filter((item) => item.resourceType === 'Script').reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
      rows.push({ page, scores, firstLoadScriptBytes });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

export function lighthouseTable(rows: LighthouseRow[]): string {
  return [
    '| page | performance | accessibility | best practices | SEO | scripts transferred (compressed) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| \`${row.page}\` | ${CATEGORIES.map((category) => row.scores[category]).join(' | ')} | ${(row.firstLoadScriptBytes / 1024).toFixed(1)} KB |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runLighthouse(process.argv[2] ?? 'http://127.0.0.1:3000', LIGHTHOUSE_PAGES);
  const report = `## Lighthouse (mobile)\n\nLighthouse 12.8.2, default mobile emulation and throttling, Debian Chromium, against \`npm start\` on loopback.\n\n${lighthouseTable(rows)}\n`;
  writeFileSync('bench/results/lighthouse.json', `${JSON.stringify(rows, null, 2)}\n`);
  writeFileSync('bench/results/lighthouse.md', report);
  console.log(report);
}
