import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { effectiveAt } from './effective';
import { lockPath, lockProblems, readLock } from './lock';
import { parseAgreement } from './parse-agreement';
import { readAllVersions } from './repository';
import { canonicalText, sha256Hex } from './canonical-text';

export interface PublishRequest {
  contentDir: string;
  slug: string;
  /** The new text: Markdown, optionally with frontmatter for title, navTitle, description or lastUpdated. */
  source: string;
  kind: 'major' | 'minor';
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ". */
  effective: string;
  summary: string;
  now: Date;
}

export interface Published {
  version: string;
  file: string;
  sha256: string;
  warnings: string[];
}

/** A publication the content rules refuse; the message says why, for the person publishing. */
export class PublishRefused extends Error {}

const suppliedSchema = z.strictObject({
  title: z.string().min(1).optional(),
  navTitle: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  lastUpdated: z.string().min(1).optional(),
});

function splitFrontmatter(source: string): { supplied: z.infer<typeof suppliedSchema>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return { supplied: {}, body: source };
  const supplied = suppliedSchema.safeParse(parseYaml(match[1] ?? '') ?? {});
  if (!supplied.success) {
    throw new PublishRefused(`the file's frontmatter may only set title, navTitle, description and lastUpdated: ${supplied.error.issues.map((issue) => `${issue.path.join('.') || 'keys'} ${issue.message}`).join('; ')}`);
  }
  return { supplied: supplied.data, body: source.slice(match[0].length) };
}

/** The canonical text without its "Last updated" line: what a reader would see change. */
const wordsOf = (text: string) => text.split('\n').filter((_, index) => index !== 1).join('\n');

const lastUpdatedNow = (now: Date) => now.toISOString().slice(0, 19).replace('T', ' ');

function newVersionId(effective: string, taken: Set<string>): string {
  const day = effective.slice(0, 10);
  let id = day;
  for (let n = 2; taken.has(id); n++) id = `${day}-${n}`;
  return id;
}

/** Writes a file that must not exist yet, and makes it durable before returning. */
function writeNewFile(file: string, text: string) {
  const fd = openSync(file, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Adds a new, immutable version of an agreement: writes `<version>.md`, then records its hash in the
 * lock file by atomic rename (the lock changing is what tells a running server that content changed).
 * Refuses an unknown agreement, an unparseable or unchanged text, and an effective date that is not
 * after the latest version's.
 */
export function publishVersion(request: PublishRequest): Published {
  const all = readAllVersions(request.contentDir);
  const lock = readLock(request.contentDir);
  const problems = lockProblems(all, lock);
  if (problems.length > 0) throw new PublishRefused(`the content directory does not match its lock file; fix that first:\n${problems.join('\n')}`);
  const versions = all.filter((text) => text.slug === request.slug && text.primary).sort((a, b) => effectiveAt(a.document.meta) - effectiveAt(b.document.meta));
  const latest = versions.at(-1);
  if (!latest) {
    const known = [...new Set(all.map((text) => text.slug))].sort().join(', ');
    throw new PublishRefused(`unknown agreement "${request.slug}"; known agreements: ${known}`);
  }
  const effective = effectiveAt({ effectiveDate: request.effective });
  if (Number.isNaN(effective)) throw new PublishRefused(`the effective date "${request.effective}" is not a date`);
  if (effective <= effectiveAt(latest.document.meta)) {
    throw new PublishRefused(`the effective date ${request.effective} must be after that of the latest version, ${latest.document.meta.version} (${latest.document.meta.effectiveDate})`);
  }

  const { supplied, body } = splitFrontmatter(request.source);
  const previous = latest.document.meta;
  const version = newVersionId(request.effective, new Set(versions.map((text) => text.document.meta.version)));
  const frontmatter = {
    title: supplied.title ?? previous.title,
    navTitle: supplied.navTitle ?? previous.navTitle,
    description: supplied.description ?? previous.description,
    version,
    lastUpdated: supplied.lastUpdated ?? lastUpdatedNow(request.now),
    effectiveDate: request.effective,
    changeKind: request.kind,
    summary: request.summary,
    language: previous.language,
  };
  const text = `---\n${stringifyYaml(frontmatter, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
  const file = path.join(request.contentDir, 'agreements', request.slug, `${version}.md`);
  let published: string;
  try {
    published = canonicalText(parseAgreement(text, path.relative(process.cwd(), file)));
  } catch (error) {
    throw new PublishRefused(`the text cannot be published: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (wordsOf(published) === wordsOf(latest.canonicalText)) {
    throw new PublishRefused(`the text is unchanged from version ${previous.version}; a new version must change what readers see`);
  }
  const sha256 = sha256Hex(published);

  writeNewFile(file, text);
  const nextLock = { ...lock, [request.slug]: { ...lock[request.slug], [version]: { [previous.language]: sha256 } } };
  const temporary = `${lockPath(request.contentDir)}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(nextLock, null, 2)}\n`, { flush: true });
  renameSync(temporary, lockPath(request.contentDir));

  const warnings = effective < request.now.getTime() ? [`the effective date ${request.effective} has passed: the version is in force at once`] : [];
  return { version, file, sha256, warnings };
}

/** Reads the new text for `publishVersion`, naming the file when it cannot. */
export function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new PublishRefused(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
