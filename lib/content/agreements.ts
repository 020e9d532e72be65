import 'server-only';
import { statSync } from 'node:fs';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { effectiveAt } from './effective';
import { lockPath, lockProblems, readLock } from './lock';
import { readAllVersions } from './repository';
import type { AgreementHistory, AgreementVersion, VersionEntry, VersionMeta } from './types';

export interface AgreementSummary {
  slug: string;
  current: VersionMeta;
  sha256: string;
}

/** All texts of one version: the primary one and its translations. */
interface VersionTexts {
  primary: AgreementVersion;
  byLanguage: Map<string, AgreementVersion>;
}

interface Catalog {
  /** Versions per slug, oldest effective date first. */
  bySlug: Map<string, VersionTexts[]>;
  all: AgreementVersion[];
}

let loaded: { catalog: Catalog; lockStamp: string } | undefined;

function groupVersions(texts: AgreementVersion[]): VersionTexts[] {
  const primaries = texts.filter((text) => text.primary);
  const versions = primaries.map((primary) => ({ primary, byLanguage: new Map([[primary.document.meta.language, primary]]) }));
  for (const translation of texts.filter((text) => !text.primary)) {
    const version = versions.find((candidate) => candidate.primary.document.meta.version === translation.document.meta.version);
    if (!version) throw new Error(`${translation.slug}/${translation.fileStem}.md translates a version that has no primary text`);
    version.byLanguage.set(translation.document.meta.language, translation);
  }
  return versions.sort((a, b) => effectiveAt(a.primary.document.meta) - effectiveAt(b.primary.document.meta));
}

function readCatalog(contentDir: string): Catalog {
  const all = readAllVersions(contentDir);
  const problems = lockProblems(all, readLock(contentDir));
  if (problems.length > 0) throw new Error(`Content does not match agreements.lock.json:\n${problems.join('\n')}`);
  const slugs = [...new Set(all.map((text) => text.slug))].sort();
  return { all, bySlug: new Map(slugs.map((slug) => [slug, groupVersions(all.filter((text) => text.slug === slug))])) };
}

/**
 * Loads and verifies all content; a text that differs from the lock is never served. Publishing
 * (`npm run agreements:publish`) writes the lock file last, so a changed lock means new content: it
 * is read again, and if that fails the content already loaded stays in service.
 */
function loadCatalog(): Catalog {
  const { contentDir } = env();
  const lockFile = statSync(lockPath(contentDir));
  const lockStamp = `${lockFile.mtimeMs}:${lockFile.size}`;
  if (loaded?.lockStamp === lockStamp) return loaded.catalog;
  try {
    loaded = { catalog: readCatalog(contentDir), lockStamp };
  } catch (error) {
    if (!loaded) throw error;
    logger.error({ err: error }, 'new content rejected; still serving the content loaded before');
    loaded = { ...loaded, lockStamp };
  }
  return loaded.catalog;
}

const inLanguage = (texts: VersionTexts, language: string) => texts.byLanguage.get(language) ?? texts.primary;

const versionsOf = (slug: string) => loadCatalog().bySlug.get(slug) ?? [];

const currentIndex = (versions: VersionTexts[], now: number) =>
  versions.findLastIndex((version) => effectiveAt(version.primary.document.meta) <= now);

/**
 * The version in force now (the latest whose effective date has arrived), in `language` when a
 * text in that language exists, otherwise its primary text. Callers compare the returned text's
 * language with the one they asked for to tell the reader.
 */
export function getCurrentVersion(slug: string, language: string): AgreementVersion | null {
  const versions = versionsOf(slug);
  const current = versions[currentIndex(versions, Date.now())];
  return current ? inLanguage(current, language) : null;
}

/** Every published version of an agreement, oldest first, with whether it is in force now. */
export function getVersionHistory(slug: string): VersionEntry[] {
  const versions = versionsOf(slug);
  const current = currentIndex(versions, Date.now());
  return versions.map((version, index) => ({
    meta: version.primary.document.meta,
    status: index < current ? 'superseded' : index === current ? 'current' : 'upcoming',
    languages: [...version.byLanguage.keys()],
  }));
}

/** A version's text for a reader of `language`: in that language where it exists, else the primary text. */
export function getVersionForReader(slug: string, version: string, language: string): AgreementVersion | null {
  const texts = versionsOf(slug).find((candidate) => candidate.primary.document.meta.version === version);
  return texts ? inLanguage(texts, language) : null;
}

/** Every published text of every agreement, for static generation. */
export function getAllVersions(): AgreementVersion[] {
  return loadCatalog().all;
}

/** A text by the stem of its file name ("2020-11-26" or "2020-11-26.zh"). */
export function getVersionText(slug: string, fileStem: string): AgreementVersion | null {
  return loadCatalog().all.find((text) => text.slug === slug && text.fileStem === fileStem) ?? null;
}

/** The text of a version in a language, as recorded in an acceptance. */
export function getText(slug: string, version: string, language: string): AgreementVersion | null {
  return (
    loadCatalog().all.find(
      (text) => text.slug === slug && text.document.meta.version === version && text.document.meta.language === language,
    ) ?? null
  );
}

export function getAgreementSlugs(): string[] {
  return [...loadCatalog().bySlug.keys()];
}

export function getAgreements(language: string): AgreementSummary[] {
  return getAgreementSlugs().flatMap((slug) => {
    const version = getCurrentVersion(slug, language);
    return version ? [{ slug, current: version.document.meta, sha256: version.sha256 }] : [];
  });
}

/** Each agreement's versions and the one in force, as acceptance status needs them. */
export function getAgreementHistories(): AgreementHistory[] {
  return getAgreementSlugs().flatMap((slug) => {
    const history = getVersionHistory(slug);
    const current = history.find((entry) => entry.status === 'current');
    return current
      ? [{ slug, currentVersion: current.meta.version, versions: history.map(({ meta }) => ({ version: meta.version, changeKind: meta.changeKind })) }]
      : [];
  });
}
