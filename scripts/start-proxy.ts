// Accord on one machine at scale: nginx, caching the public pages, in front of the app.
// Run: npm run start:proxy   (after npm run build)
// nginx listens on PORT (default 8080); the app (server.ts) on 127.0.0.1:PROXY_APP_PORT (default PORT + 1),
// trusting nginx's X-Forwarded-For. Pages stay in nginx's cache for PROXY_CACHE_SECONDS (default 60).
// Ctrl-C stops both. Needs Debian's nginx: sudo apt-get install nginx.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childEnvironment, env } from '../lib/env';
import { nginxConfig } from '../lib/proxy/nginx-config';

const NGINX = '/usr/sbin/nginx';

if (spawnSync(NGINX, ['-v']).error) {
  console.error('nginx is not installed: install it with `sudo apt-get install nginx` (Debian), then run this again.');
  process.exit(1);
}

const { port, appPort } = env().proxy;
const prefix = mkdtempSync(path.join(tmpdir(), 'accord-proxy-'));
mkdirSync(path.join(prefix, 'cache'));
const config = path.join(prefix, 'nginx.conf');
writeFileSync(config, nginxConfig({ prefix, port, appPort, asRoot: process.getuid?.() === 0 }));

const children: ChildProcess[] = [];
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const done = () => {
    rmSync(prefix, { recursive: true, force: true });
    process.exit(code);
  };
  const waiting = children.filter((child) => child.exitCode === null);
  if (waiting.length === 0) return done();
  let left = waiting.length;
  for (const child of waiting) child.once('exit', () => --left === 0 && done());
  setTimeout(done, 10_000).unref();
}

function start(name: string, command: string, args: string[], environment?: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', env: environment });
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`${name} stopped (${signal ?? `exit ${code}`}): stopping the rest.`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

const trustedProxies = [env().trustedProxies, '127.0.0.1', '::1'].filter(Boolean).join(',');
start('the app', './node_modules/.bin/tsx', ['server.ts', '-p', String(appPort), '-H', '127.0.0.1'], childEnvironment({ NODE_ENV: 'production', TRUSTED_PROXIES: trustedProxies }));

// `on`, not `once`: a process group's SIGTERM may arrive twice (directly, and relayed by tsx), and a
// second one with no listener would kill this process before it removed its directory.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));

/** Whether the app answers within 30 s. */
async function appAnswers(): Promise<boolean> {
  for (let attempt = 0; attempt < 300 && !stopping; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${appPort}/healthz`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

// nginx starts once the app answers, so that its first requests are not refused.
if (await appAnswers()) {
  start('nginx', NGINX, ['-p', prefix, '-c', config]);
  console.log(`Accord behind nginx's cache on http://localhost:${port} (the app on 127.0.0.1:${appPort}); Ctrl-C stops both.`);
} else {
  console.error(`the app did not answer on 127.0.0.1:${appPort} within 30 s: stopping.`);
  stop(1);
}
