// npm run bench: builds the app, measures it against production servers on 127.0.0.1, each figure
// beside a baseline measured in the same run, and writes bench/results.md and bench/results.json.
// Every load is bounded in requests and in time, and targets only 127.0.0.1. Figures, not tests.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import autocannon from 'autocannon';
import { count } from 'drizzle-orm';
import { Pool } from 'pg';
import { createApiKey } from '../lib/api/api-keys';
import { openDatabase } from '../lib/db/open-database';
import { acceptanceRecord } from '../lib/db/schema';
import { createTestDatabase } from '../test-support/databases';
import { LIGHTHOUSE_PAGES, lighthouseTable, runLighthouse } from './lighthouse';
import { START_COMMAND } from '../e2e/server-process';
import { firstLoadScripts } from '../test-support/first-load-scripts';
import { startBareNext } from './bare-next';
import { groupCpuMs } from './process-cpu';
import { percentile, ratio } from './stats';

const APP_PORT = 3300;
const NGINX_PORT = 3301;
const PG_APP_PORT = 3302;
/** npm run start:proxy: nginx here, its app on the next port. */
const PROXY_PORT = 3303;
const BARE_PORT = 3305;
const HOST = '127.0.0.1';
const base = (port: number) => `http://${HOST}:${port}`;
const AGREEMENT = '/en/agreements/kmct-service-agreement';
/** Every public page kind, for first-load JavaScript. */
const PUBLIC_ROUTES = [
  '/en',
  AGREEMENT,
  `${AGREEMENT}/versions/2020-11-26`,
  '/en/agreements/product-terms-of-service/versions',
  '/en/agreements/product-terms-of-service/compare',
  '/en/search?q=suspend',
  '/en/signup',
  '/en/signin',
  '/en/verify',
];
const PAGE_LOAD = { connections: 10, amount: 20_000, seconds: 10 };
const API_LOAD = { connections: 10, amount: 5_000, seconds: 30 };
/** Requests before the API is measured, as the pages get theirs: the server's code warmed up, its connections open. */
const API_WARM_UP = { connections: 10, amount: 300, seconds: 10 };
const RAW_INSERTS = 5_000;
/** Batches of 500 acceptances through POST /api/v1/acceptances:batch. */
const BATCH_SIZE = 500;
const BATCH_LOAD = { connections: 2, amount: 40, seconds: 30 };
const LIMITS = 'signup=100000/60,signin=100000/60,api=1000000/60,api-auth=100000/60';
const SECRET = 'bench-secret-bench-secret-bench-secret-01';
const ACCEPTANCE = JSON.stringify({
  userId: 'bench-user',
  agreement: 'kmct-service-agreement',
  version: '2020-11-26',
  wording: 'I have read and agree to the Kingsoft Cloud Media Cloud Transcoder (KMCT) Service Agreement.',
  email: 'bench@example.com',
  ipAddress: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  pageUrl: 'https://accord.example/en/signup',
});

const BATCH_BODY = JSON.stringify({ acceptances: Array.from({ length: BATCH_SIZE }, () => JSON.parse(ACCEPTANCE) as unknown) });

const log = (message: string) => console.log(`[bench] ${message}`);

/** One acceptance a request (10 at a time), then batches of 500 (2 at a time), against a running app. */
async function apiLoads(appBase: string, key: string) {
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  const warmUp = await load({ url: `${appBase}/api/v1/acceptances`, method: 'POST', headers, body: ACCEPTANCE, ...API_WARM_UP });
  const api = await load({ url: `${appBase}/api/v1/acceptances`, method: 'POST', headers, body: ACCEPTANCE, ...API_LOAD });
  const batch = await load({ url: `${appBase}/api/v1/acceptances:batch`, method: 'POST', headers, body: BATCH_BODY, ...BATCH_LOAD });
  const acknowledged = warmUp.requests - warmUp.non2xx - warmUp.errors + api.requests - api.non2xx - api.errors + (batch.requests - batch.non2xx - batch.errors) * BATCH_SIZE;
  return { api, batch: { ...batch, recordsPerSecond: batch.requestsPerSecond * BATCH_SIZE }, acknowledged };
}

function startApp(port: number, env: Record<string, string>): ChildProcess {
  const [command, ...args] = START_COMMAND;
  return spawn(command, [...args, '-p', String(port), '-H', HOST], {
    env: { ...process.env, NODE_ENV: 'production', ACCORD_RATE_LIMITS: LIMITS, SITE_URL: base(APP_PORT), ...env },
    stdio: 'ignore',
    detached: true,
  });
}

/** `npm run start:proxy` (nginx caching pages in front of an app of its own), as an operator starts it. */
function startProxy(env: Record<string, string>): ChildProcess {
  return spawn('./node_modules/.bin/tsx', ['scripts/start-proxy.ts'], {
    env: { ...process.env, PORT: String(PROXY_PORT), PROXY_APP_PORT: String(PROXY_PORT + 1), ACCORD_RATE_LIMITS: LIMITS, SITE_URL: base(APP_PORT), ...env },
    stdio: 'ignore',
    detached: true,
  });
}

async function waitUntilUp(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

const stop = (child: ChildProcess) => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGTERM');
const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

type Load = { requestsPerSecond: number; p50Ms: number; p99Ms: number; requests: number; non2xx: number; errors: number };

/** A page load against a server of ours, with the CPU its process group spent per request. */
async function pageLoad(server: ChildProcess, url: string): Promise<Load & { cpuMsPerRequest: number }> {
  const groupId = server.pid ?? 0;
  const before = groupCpuMs(groupId);
  const result = await load({ url, ...PAGE_LOAD });
  return { ...result, cpuMsPerRequest: (groupCpuMs(groupId) - before) / Math.max(result.requests, 1) };
}

/**
 * autocannon, stopped at `amount` requests or `seconds`, whichever comes first. The rate is taken from
 * the first request to the last response: autocannon only notices the amount is reached on its
 * once-a-second tick, so its own duration is rounded up to a whole second.
 */
async function load(options: { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; connections: number; amount: number; seconds: number }): Promise<Load> {
  let timer: NodeJS.Timeout | undefined;
  let lastResponse = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: options.url, method: options.method ?? 'GET', headers: options.headers, body: options.body, connections: options.connections, amount: options.amount },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', () => {
      lastResponse = performance.now();
    });
    timer = setTimeout(() => instance.stop(), options.seconds * 1000);
  });
  clearTimeout(timer);
  return {
    requestsPerSecond: Math.round(result.requests.total / (Math.max(lastResponse - started, 1) / 1000)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** nginx serving one saved HTML file, the way a static host would serve a prerendered page. */
async function startNginx(html: string): Promise<{ process: ChildProcess; root: string }> {
  const root = mkdtempSync(path.join(tmpdir(), 'accord-nginx-'));
  mkdirSync(path.join(root, 'site'));
  writeFileSync(path.join(root, 'site', 'agreement.html'), html);
  writeFileSync(
    path.join(root, 'nginx.conf'),
    `daemon off;\nworker_processes auto;\npid ${root}/nginx.pid;\nerror_log ${root}/error.log;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  client_body_temp_path ${root}/tmp; proxy_temp_path ${root}/tmp; fastcgi_temp_path ${root}/tmp; uwsgi_temp_path ${root}/tmp; scgi_temp_path ${root}/tmp;\n  server { listen ${HOST}:${NGINX_PORT}; root ${root}/site; location / { default_type text/html; } }\n}\n`,
  );
  mkdirSync(path.join(root, 'tmp'));
  // nginx's workers run as an unprivileged user: they must be able to read the page.
  chmodSync(root, 0o755);
  const child = spawn('/usr/sbin/nginx', ['-p', root, '-c', path.join(root, 'nginx.conf')], { stdio: 'ignore', detached: true });
  try {
    await waitUntilUp(`${base(NGINX_PORT)}/agreement.html`);
  } catch (error) {
    stop(child);
    throw error;
  }
  return { process: child, root };
}

/** Single-row INSERTs of an acceptance-sized row, `connections` at a time: the floor the API is measured against. */
async function rawInserts(insert: (payload: string) => Promise<unknown>, connections: number): Promise<{ insertsPerSecond: number; p99Ms: number }> {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < RAW_INSERTS) {
        next++;
        const start = performance.now();
        await insert(ACCEPTANCE);
        durations.push(performance.now() - start);
      }
    }),
  );
  return { insertsPerSecond: Math.round(RAW_INSERTS / ((performance.now() - started) / 1000)), p99Ms: percentile(durations, 99) };
}

const RAW_TABLE = 'CREATE TABLE raw_insert (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)';

async function acceptanceOnPglite() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'accord-bench-pglite-'));
  const setup = await openDatabase({ dataDir });
  const key = await createApiKey(setup.db, 'bench');
  await setup.close();
  const app = startApp(APP_PORT + 10, { DATA_DIR: dataDir, ACCORD_SECRET: SECRET });
  await waitUntilUp(`${base(APP_PORT + 10)}/api/v1/openapi.json`);
  const { api, batch, acknowledged } = await apiLoads(base(APP_PORT + 10), key);
  stop(app);
  await exited(app);
  const check = await openDatabase({ dataDir });
  const stored = (await check.db.select({ n: count() }).from(acceptanceRecord))[0]?.n ?? 0;
  await check.close();
  rmSync(dataDir, { recursive: true, force: true });

  const rawDir = mkdtempSync(path.join(tmpdir(), 'accord-bench-raw-'));
  const raw = new PGlite(rawDir);
  await raw.exec(RAW_TABLE);
  const baseline = await rawInserts((payload) => raw.query('INSERT INTO raw_insert (payload) VALUES ($1)', [payload]), API_LOAD.connections);
  await raw.close();
  rmSync(rawDir, { recursive: true, force: true });
  return { engine: 'PGlite', api, batch, acknowledged, stored, baseline };
}

async function acceptanceOnPostgres() {
  const database = await createTestDatabase('postgres');
  try {
    const key = await createApiKey(database.db, 'bench');
    const app = startApp(PG_APP_PORT, { DATABASE_URL: database.url ?? '', ACCORD_SECRET: SECRET });
    await waitUntilUp(`${base(PG_APP_PORT)}/api/v1/openapi.json`);
    const { api, batch, acknowledged } = await apiLoads(base(PG_APP_PORT), key);
    stop(app);
    await exited(app);
    const stored = (await database.db.select({ n: count() }).from(acceptanceRecord))[0]?.n ?? 0;
    const pool = new Pool({ connectionString: database.url ?? '', max: API_LOAD.connections });
    // Dropping the database afterwards ends any connection still closing: not a failure of the run.
    pool.on('error', () => undefined);
    await pool.query(RAW_TABLE);
    const baseline = await rawInserts((payload) => pool.query('INSERT INTO raw_insert (payload) VALUES ($1)', [payload]), API_LOAD.connections);
    await pool.end();
    return { engine: 'PostgreSQL 15', api, batch, acknowledged, stored, baseline };
  } finally {
    await database.dispose();
  }
}

if (!existsSync('/usr/sbin/nginx')) {
  console.error('npm run bench compares pages with nginx: install it first (sudo apt-get install nginx).');
  process.exit(2);
}

log('building (SITE_URL on loopback, so canonical URLs match what Lighthouse loads) …');
execFileSync('npm', ['run', 'build'], { env: { ...process.env, SITE_URL: base(APP_PORT) }, stdio: 'inherit' });

const dataDir = mkdtempSync(path.join(tmpdir(), 'accord-bench-app-'));
const app = startApp(APP_PORT, { DATA_DIR: dataDir });
let nginx: { process: ChildProcess; root: string } | undefined;
try {
  await waitUntilUp(`${base(APP_PORT)}/en`);
  log('pages: the agreement page, Next.js beside nginx serving the same HTML …');
  await load({ url: `${base(APP_PORT)}${AGREEMENT}`, connections: 2, amount: 200, seconds: 10 });
  const page = await pageLoad(app, `${base(APP_PORT)}${AGREEMENT}`);
  const html = await (await fetch(`${base(APP_PORT)}${AGREEMENT}`)).text();

  log('pages: a bare Next.js app of the same versions, serving a prerendered page of the same size …');
  const { server: bare, htmlBytes: bareHtmlBytes } = await startBareNext(Buffer.byteLength(html), BARE_PORT, HOST, waitUntilUp);
  let barePage: Load & { cpuMsPerRequest: number };
  let bareScripts: Awaited<ReturnType<typeof firstLoadScripts>>;
  try {
    await load({ url: `${base(BARE_PORT)}/`, connections: 2, amount: 200, seconds: 10 });
    barePage = await pageLoad(bare, `${base(BARE_PORT)}/`);
    bareScripts = await firstLoadScripts(base(BARE_PORT), '/');
  } finally {
    stop(bare);
    await exited(bare);
  }

  nginx = await startNginx(html);
  const staticPage = await load({ url: `${base(NGINX_PORT)}/agreement.html`, ...PAGE_LOAD });
  log('pages: the agreement page through npm run start:proxy …');
  const proxy = startProxy({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'accord-bench-proxy-')) });
  let cachedPage: Load;
  try {
    await waitUntilUp(`${base(PROXY_PORT)}/healthz`);
    await load({ url: `${base(PROXY_PORT)}${AGREEMENT}`, connections: 2, amount: 200, seconds: 10 });
    cachedPage = await load({ url: `${base(PROXY_PORT)}${AGREEMENT}`, ...PAGE_LOAD });
  } finally {
    stop(proxy);
    await exited(proxy);
  }

  log('first-load JavaScript per route …');
  const routes = await Promise.all(PUBLIC_ROUTES.map((route) => firstLoadScripts(base(APP_PORT), route)));

  log('Lighthouse …');
  const lighthouse = await runLighthouse(base(APP_PORT), LIGHTHOUSE_PAGES);
  stop(app);
  await exited(app);

  log('acceptances through the API, on PGlite and on PostgreSQL, beside raw INSERTs …');
  const acceptance = [await acceptanceOnPglite(), await acceptanceOnPostgres()];

  log('search …');
  execFileSync('./node_modules/.bin/tsx', ['bench/search.ts'], { stdio: 'ignore' });
  const search = readFileSync('bench/results/search.md', 'utf8').replace(/^## Search\n\n/, '');

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const report = [
    '# Accord benchmarks',
    '',
    `Command: \`npm run bench\` on this machine (2 cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}); every figure beside a baseline measured in the same run. Loads are bounded (requests and seconds) and target 127.0.0.1 only.`,
    '',
    '## Agreement page throughput',
    '',
    `autocannon, ${PAGE_LOAD.connections} connections, at most ${PAGE_LOAD.amount.toLocaleString('en')} requests or ${PAGE_LOAD.seconds} s, on \`${AGREEMENT}\`. Next.js renders every page per request (each carries its own CSP nonce); nginx serves the same HTML saved to a file; a bare Next.js app (\`bench/bare-next\`, the same next and react, built in this run) serves a prerendered page of the agreement's paragraphs, ${kb(bareHtmlBytes)}. CPU per request: the server's process group, from /proc, over the load.`,
    '',
    '| server | requests/s | p50 | p99 | CPU per request | ratio to nginx (requests/s) | ratio to bare Next.js (requests/s) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${spawnSync('/usr/sbin/nginx', ['-v'], { encoding: 'utf8' }).stderr.trim().replace('nginx version: ', '')} (baseline) | ${staticPage.requestsPerSecond} | ${staticPage.p50Ms} ms | ${staticPage.p99Ms} ms | | 1.00× | ${ratio(staticPage.requestsPerSecond, barePage.requestsPerSecond)} |`,
    `| bare Next.js 16, prerendered page (baseline) | ${barePage.requestsPerSecond} | ${barePage.p50Ms} ms | ${barePage.p99Ms} ms | ${barePage.cpuMsPerRequest.toFixed(1)} ms | ${ratio(barePage.requestsPerSecond, staticPage.requestsPerSecond)} | 1.00× |`,
    `| Accord, \`npm start\` (rendered per request) | ${page.requestsPerSecond} | ${page.p50Ms} ms | ${page.p99Ms} ms | ${page.cpuMsPerRequest.toFixed(1)} ms | ${ratio(page.requestsPerSecond, staticPage.requestsPerSecond)} | ${ratio(page.requestsPerSecond, barePage.requestsPerSecond)} |`,
    `| Accord behind nginx's cache (\`npm run start:proxy\`, a fresh nonce substituted into every response) | ${cachedPage.requestsPerSecond} | ${cachedPage.p50Ms} ms | ${cachedPage.p99Ms} ms | | ${ratio(cachedPage.requestsPerSecond, staticPage.requestsPerSecond)} | ${ratio(cachedPage.requestsPerSecond, barePage.requestsPerSecond)} |`,
    '',
    `The agreement page's HTML: ${kb(Buffer.byteLength(html))} raw, ${kb(gzipSync(html).length)} gzip.`,
    '',
    '## Acceptances through the API',
    '',
    `autocannon, ${API_LOAD.connections} connections, ${API_LOAD.amount.toLocaleString('en')} \`POST /api/v1/acceptances\` (at most ${API_LOAD.seconds} s, after ${API_WARM_UP.amount} not counted), each an authenticated, rate-counted, hash-chained append of a record and its personal data, written by group commit (each batch of them by one statement); then ${BATCH_LOAD.connections} connections, ${BATCH_LOAD.amount} \`POST /api/v1/acceptances:batch\` of ${BATCH_SIZE} (at most ${BATCH_LOAD.seconds} s). Baseline: ${RAW_INSERTS.toLocaleString('en')} single-row INSERTs of the same JSON into a one-table schema through the same driver, ${API_LOAD.connections} at a time. Rates run from the first request to the last response.`,
    '',
    '| database | API acceptances/s | p99 | batch endpoint records/s | raw INSERTs/s | raw p99 | ratio (API / raw) | ratio (batch / raw) | acknowledged | stored afterwards | lost |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...acceptance.map(
      (row) =>
        `| ${row.engine} | ${row.api.requestsPerSecond} | ${row.api.p99Ms} ms | ${row.batch.recordsPerSecond.toLocaleString('en')} | ${row.baseline.insertsPerSecond} | ${row.baseline.p99Ms.toFixed(1)} ms | ${ratio(row.api.requestsPerSecond, row.baseline.insertsPerSecond)} | ${ratio(row.batch.recordsPerSecond, row.baseline.insertsPerSecond)} | ${row.acknowledged} | ${row.stored} | ${Math.max(0, row.acknowledged - row.stored)} |`,
    ),
    '',
    '## First-load JavaScript per route (gzip)',
    '',
    `As a modern browser loads it (\`nomodule\` polyfills left out), each script gzipped. Baseline: the bare Next.js app's page, ${bareScripts.files.length} scripts, ${kb(bareScripts.gzipBytes)}.`,
    '',
    '| route | scripts | gzip | ratio to bare Next.js |',
    '| --- | ---: | ---: | ---: |',
    ...routes.map((route) => `| \`${route.route}\` | ${route.files.length} | ${kb(route.gzipBytes)} | ${ratio(route.gzipBytes, bareScripts.gzipBytes)} |`),
    '',
    '## Lighthouse (mobile)',
    '',
    'Lighthouse 12.8.2, default mobile emulation and throttling, Debian Chromium, against `npm start` on loopback.',
    '',
    lighthouseTable(lighthouse),
    '',
    '## Search',
    '',
    search.trim(),
    '',
  ].join('\n');
  writeFileSync('bench/results.md', report);
  writeFileSync('bench/results.json', `${JSON.stringify({ node: process.version, page, staticPage, barePage, cachedPage, htmlBytes: Buffer.byteLength(html), htmlGzipBytes: gzipSync(html).length, acceptance, routes: routes.map(({ route, files, gzipBytes }) => ({ route, scripts: files.length, gzipBytes })), bareScripts: { scripts: bareScripts.files.length, gzipBytes: bareScripts.gzipBytes }, lighthouse }, null, 2)}\n`);
  console.log(report);
} finally {
  stop(app);
  if (nginx) {
    stop(nginx.process);
    rmSync(nginx.root, { recursive: true, force: true });
  }
  rmSync(dataDir, { recursive: true, force: true });
}
