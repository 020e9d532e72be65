import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const APP_DIR = 'bench/bare-next';

/**
 * Builds the bare Next.js app (same next and react as Accord) with a page of the agreement's own
 * paragraphs, repeated until its HTML is about `htmlBytes` long, the size of Accord's agreement page.
 */
export function buildBareNext(htmlBytes: number) {
  const paragraphs = readFileSync('content/agreements/kmct-service-agreement/2020-11-26.md', 'utf8')
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim());
  // An App Router page carries its text twice: in the markup and in the RSC payload.
  const copies = Math.max(1, Math.round(htmlBytes / (2 * Buffer.byteLength(paragraphs.join('')))));
  writeFileSync(`${APP_DIR}/app/paragraphs.json`, JSON.stringify(Array.from({ length: copies }, () => paragraphs).flat()));
  execFileSync('./node_modules/.bin/next', ['build', APP_DIR], { stdio: 'ignore' });
}

/** `next start` of the bare app, in a process group of its own. */
export function startBareNext(port: number, host: string): ChildProcess {
  return spawn('./node_modules/.bin/next', ['start', APP_DIR, '-p', String(port), '-H', host], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'ignore',
    detached: true,
  });
}
