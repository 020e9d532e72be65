import 'server-only';
import { env } from '@/lib/env';
import { lockProblems, readLock } from './lock';
import { readAllVersions } from './repository';
import type { AgreementVersion, VersionMeta } from './types';

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

let catalog: Catalog | undefined;

function groupVersions(texts: AgreementVersion[]): VersionTexts[] {
  const primaries = texts.filter((text) => text.primary);
  const versions = primaries.map((primary) => ({ primary, byLanguage: new Map([[primary.document.meta.language, primary]]) }));
  for (const translation of texts.filter((text) => !text.primary)) {
    const version = versions.find((candidate) => candidate.primary.document.meta.version === translation.document.meta.version);
    if (!version) throw new Error(`${translation.slug}/${translation.fileStem}.md translates a version that has no primary text`);
    version.byLanguage.set(translation.document.meta.language, translation);
  }
  return versions.sort((a, b) => a.primary.document.meta.effectiveDate.localeCompare(b.primary.document.meta.effectiveDate));
}

/** Loads and verifies all content once per process; a text that differs from the lock is never served. */
function loadCatalog(): Catalog {
  if (catalog) return catalog;
  const { contentDir } = env();
  const all = readAllVersions(contentDir);
  const problems = lockProblems(all, readLock(contentDir));
  if (problems.length > 0) throw new Error(`Content does not match agreements.lock.json:\n${problems.join('\n')}`);
  const slugs = [...new Set(all.map((text) => text.slug))].sort();
  catalog = { all, bySlug: new Map(slugs.map((slug) => [slug, groupVersions(all.filter((text) => text.slug === slug))])) };
  return catalog;
}

const today = () => new Date().toISOString().slice(0, 10);

const inLanguage = (texts: VersionTexts, language: string) => texts.byLanguage.get(language) ?? texts.primary;

/**
 * The version in force today (the latest whose effective date has arrived), in `language` when a
 * text in that language exists, otherwise its primary text. Callers compare the returned text's
 * language with the one they asked for to tell the reader.
 */
export function getCurrentVersion(slug: string, language: string): AgreementVersion | null {
  const versions = loadCatalog().bySlug.get(slug) ?? [];
  const current = versions.findLast((version) => version.primary.document.meta.effectiveDate <= today());
  return current ? inLanguage(current, language) : null;
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
