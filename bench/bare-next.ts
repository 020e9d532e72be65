import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const APP_DIR = 'bench/bare-next';

const PARAGRAPHS = () =>
  readFileSync('content/agreements/kmct-service-agreement/2020-11-26.md', 'utf8')
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim());

/** Builds the bare app with a page of the agreement's own paragraphs, taken in turn until they hold `textBytes`. */
function build(textBytes: number) {
  const paragraphs = PARAGRAPHS();
  const page: string[] = [];
  for (let bytes = 0, index = 0; bytes < textBytes; index++) {
    const paragraph = paragraphs[index % paragraphs.length] ?? '';
    page.push(paragraph);
    bytes += Buffer.byteLength(paragraph);
  }
  writeFileSync(`${APP_DIR}/app/paragraphs.json`, JSON.stringify(page));
  execFileSync('./node_modules/.bin/next', ['build', APP_DIR], { stdio: 'ignore' });
}

function start(port: number, host: string): ChildProcess {
  return spawn('./node_modules/.bin/next', ['start', APP_DIR, '-p', String(port), '-H', host], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'ignore',
    detached: true,
  });
}

/**
 * The bench's baseline app: bare Next.js (same next and react as Accord, no i18n, styles or client
 * components of its own), `next start`ed in a process group of its own, serving a prerendered page of
 * the agreement's paragraphs about `htmlBytes` long, the size of Accord's agreement page (built twice:
 * once to learn how the text grows into HTML, once to size it).
 */
export async function startBareNext(htmlBytes: number, port: number, host: string, waitUntilUp: (url: string) => Promise<void>): Promise<{ server: ChildProcess; htmlBytes: number }> {
  const url = `http://${host}:${port}/`;
  const trial = htmlBytes / 2;
  build(trial);
  let server = start(port, host);
  await waitUntilUp(url);
  const trialBytes = Buffer.byteLength(await (await fetch(url)).text());
  process.kill(-(server.pid ?? 0), 'SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  build(trial * (htmlBytes / trialBytes));
  server = start(port, host);
  await waitUntilUp(url);
  return { server, htmlBytes: Buffer.byteLength(await (await fetch(url)).text()) };
}
