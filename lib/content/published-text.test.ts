import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, expectedPublishedText } from '@/test-support/seed-text';
import { CANONICAL_FORM } from './canonical-text';
import { lockProblems, readLock } from './lock';
import { readAllVersions } from './repository';

const contentDir = path.resolve(import.meta.dirname, '..', '..', 'content');
const versions = readAllVersions(contentDir);
const id = (version: (typeof versions)[number], versionId = version.document.meta.version) =>
  `${version.slug}@${versionId}/${version.document.meta.language}`;

describe('published text', () => {
  it.each(versions.map((version) => [version.slug, version] as const))(
    '%s equals its seed, word for word',
    (slug, version) => {
      if (slug !== 'kmct-service-agreement' && slug !== 'product-terms-of-service') throw new Error(slug);
      expect(collapseWhitespace(version.canonicalText)).toBe(expectedPublishedText(slug, version.document.meta.title));
    },
  );
});

describe('agreements.lock.json', () => {
  const lock = readLock(contentDir);

  it(`matches every published version (${CANONICAL_FORM})`, () => {
    expect(lockProblems(versions, lock)).toEqual([]);
  });

  it('catches a published version whose text changed', () => {
    const [first, ...rest] = versions;
    if (!first) throw new Error('no content');
    const edited = { ...first, sha256: '0'.repeat(64) };
    expect(lockProblems([edited, ...rest], lock)).toEqual([
      expect.stringContaining(`${id(first)} changed after publication`),
    ]);
  });

  it('catches a version that was never locked and a locked file that vanished', () => {
    const [first, ...rest] = versions;
    if (!first) throw new Error('no content');
    const renamed = { ...first, document: { ...first.document, meta: { ...first.document.meta, version: '2099-01-01' } } };
    expect(lockProblems([renamed, ...rest], lock)).toEqual([
      `${id(renamed)} is not in agreements.lock.json (publish it as a new version)`,
      `${id(first)} is locked but its file is missing`,
    ]);
  });
});
