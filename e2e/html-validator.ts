import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const VNU_JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Runs the Nu HTML Checker (the W3C validator, vnu-jar from the npm registry, on Debian's Java) over
 * the pages' HTML in one JVM, and returns every error as "<name>:<line>: <message> «extract»".
 */
export function htmlErrors(pages: { name: string; html: string }[]): string[] {
  const directory = mkdtempSync(path.join(tmpdir(), 'accord-vnu-'));
  try {
    const files = pages.map((page, n) => {
      const file = path.join(directory, `${n}.html`);
      writeFileSync(file, page.html);
      return { file, name: page.name };
    });
    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files.map((entry) => entry.file)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw new Error(`could not run the Nu HTML Checker (is Java installed? apt install default-jre-headless): ${run.error.message}`);
    const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
    const nameOf = (url: string) => files.find((entry) => url.endsWith(`/${path.basename(entry.file)}`))?.name ?? url;
    return messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map((message) => `${nameOf(message.url)}:${message.lastLine ?? '?'}: ${message.message} «${(message.extract ?? '').trim().slice(0, 120)}»`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
