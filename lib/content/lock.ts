import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AgreementVersion } from './types';

/** `agreements.lock.json`: slug → version → language → SHA-256 of the canonical text, for every published text. */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const lockSchema = z.record(z.string(), z.record(z.string(), z.record(z.string(), sha256)));
export type ContentLock = z.infer<typeof lockSchema>;

export const lockPath = (contentDir: string) => path.join(contentDir, 'agreements.lock.json');

export function readLock(contentDir: string): ContentLock {
  const raw: unknown = JSON.parse(readFileSync(lockPath(contentDir), 'utf8'));
  return lockSchema.parse(raw);
}

/**
 * Published texts are immutable: every version file must be in the lock with the same hash,
 * and every locked version must still exist. Returns one message per problem.
 */
export function lockProblems(versions: AgreementVersion[], lock: ContentLock): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const version of versions) {
    const { version: versionId, language } = version.document.meta;
    const id = `${version.slug}@${versionId}/${language}`;
    seen.add(id);
    const locked = lock[version.slug]?.[versionId]?.[language];
    if (!locked) problems.push(`${id} is not in agreements.lock.json (publish it as a new version)`);
    else if (locked !== version.sha256) {
      problems.push(`${id} changed after publication: locked ${locked}, now ${version.sha256}`);
    }
  }
  for (const [slug, lockedVersions] of Object.entries(lock)) {
    for (const [version, languages] of Object.entries(lockedVersions)) {
      for (const language of Object.keys(languages)) {
        const id = `${slug}@${version}/${language}`;
        if (!seen.has(id)) problems.push(`${id} is locked but its file is missing`);
      }
    }
  }
  return problems;
}
