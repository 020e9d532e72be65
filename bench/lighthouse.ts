// Lighthouse (mobile, Debian Chromium) on the main pages of a running production server.
// Run: npm run build && npm start, then: npm run bench:lighthouse [-- http://127.0.0.1:3000]
// Writes bench/results/lighthouse.json and lighthouse.md. A figure, not a test.
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const PAGES = ['/en', '/en/agreements/kmct-service-agreement', '/en/agreements/product-terms-of-service', '/en/search?q=suspend'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: { page: string; scores: Record<string, number>; firstLoadScriptBytes: number }[] = [];
try {
  for (const page of PAGES) {
    const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`no Lighthouse result for ${page}`);
    const { lhr } = result;
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]));
    const network = lhr.audits['network-requests']?.details;
    const items = network && 'items' in network ? (network.items as { resourceType?: string; transferSize?: number }[]) : [];
    const firstLoadScriptBytes = items.filter((item) => item.resourceType === 'Script').reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
    rows.push({ page, scores, firstLoadScriptBytes });
    console.log(page, scores, `${(firstLoadScriptBytes / 1024).toFixed(1)} KB script transferred`);
  }
} finally {
  chrome.kill();
}

const table = [
  '| page | performance | accessibility | best practices | SEO | scripts transferred (compressed) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| \`${r.page}\` | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${(r.firstLoadScriptBytes / 1024).toFixed(1)} KB |`),
].join('\n');
const report = `## Lighthouse (mobile)\n\nLighthouse ${'12.8.2'}, default mobile emulation and throttling, Debian Chromium, against \`next start\` on loopback.\n\n${table}\n`;
writeFileSync('bench/results/lighthouse.json', `${JSON.stringify(rows, null, 2)}\n`);
writeFileSync('bench/results/lighthouse.md', report);
console.log(report);
