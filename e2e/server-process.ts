import { type ChildProcess, spawn } from 'node:child_process';

/**
 * A production server of its own, for tests that must control its environment (database, content
 * directory) or kill it. Started in its own process group so the whole group can be signalled.
 */
/** Every test request comes from 127.0.0.1: limits high enough for a whole run, unless a test sets its own. */
export const TEST_RATE_LIMITS = 'signup=1000/60,signup-attempt=1000/60,signin=1000/60,signin-failed=1000/60,api=100000/60,api-auth=1000/60';

/** The command that starts a production server, as `npm start` runs it (server.ts in front of Next.js). */
export const START_COMMAND = ['./node_modules/.bin/tsx', 'server.ts'] as const;

/** Starts a production server; with `output`, everything the server writes to stdout and stderr goes there. */
export function startServer(port: number, env: Record<string, string>, output?: (text: string) => void): ChildProcess {
  const [command, ...args] = START_COMMAND;
  const server = spawn(command, [...args, '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', ACCORD_RATE_LIMITS: TEST_RATE_LIMITS, ...env },
    detached: true,
    stdio: output ? ['ignore', 'pipe', 'pipe'] : 'ignore',
  });
  server.stdout?.on('data', (chunk: Buffer) => output?.(chunk.toString('utf8')));
  server.stderr?.on('data', (chunk: Buffer) => output?.(chunk.toString('utf8')));
  return server;
}

export function stopServer(server: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (server.pid && server.exitCode === null) process.kill(-server.pid, signal);
}

export async function waitUntilUp(base: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${base} did not start`);
}

/** One API acceptance of the KMCT agreement for host user `u-<n>`, as a host service would post it. */
export function postAcceptance(base: string, key: string, n: number): Promise<Response> {
  return fetch(`${base}/api/v1/acceptances`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ userId: `u-${n}`, agreement: 'kmct-service-agreement', version: '2020-11-26', wording: 'I agree' }),
  });
}
