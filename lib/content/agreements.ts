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

interface Catalog {
  /** Versions per slug, oldest effective date first. */
  bySlug: Map<string, AgreementVersion[]>;
}

let catalog: Catalog | undefined;

/** Loads and verifies all content once per process; a version that differs from the lock is never served. */
function loadCatalog(): Catalog {
  if (catalog) return catalog;
  const { contentDir } = env();
  const versions = readAllVersions(contentDir);
  const problems = lockProblems(versions, readLock(contentDir));
  if (problems.length > 0) throw new Error(`Content does not match agreements.lock.json:\n${problems.join('\n')}`);
  const bySlug = new Map<string, AgreementVersion[]>();
  for (const version of versions) bySlug.set(version.slug, [...(bySlug.get(version.slug) ?? []), version]);
  for (const list of bySlug.values()) {
    list.sort((a, b) => a.document.meta.effectiveDate.localeCompare(b.document.meta.effectiveDate));
  }
  catalog = { bySlug: new Map([...bySlug].sort(([a], [b]) => a.localeCompare(b))) };
  return catalog;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The version in force today: the latest whose effective date has arrived. */
export function getCurrentVersion(slug: string): AgreementVersion | null {
  const versions = loadCatalog().bySlug.get(slug) ?? [];
  return versions.findLast((version) => version.document.meta.effectiveDate <= today()) ?? null;
}

export function getVersion(slug: string, version: string): AgreementVersion | null {
  return loadCatalog().bySlug.get(slug)?.find((candidate) => candidate.document.meta.version === version) ?? null;
}

/** Every published version of every agreement, for static generation. */
export function getAllVersions(): AgreementVersion[] {
  return [...loadCatalog().bySlug.values()].flat();
}

export function getAgreementSlugs(): string[] {
  return [...loadCatalog().bySlug.keys()];
}

export function getAgreements(): AgreementSummary[] {
  return getAgreementSlugs().flatMap((slug) => {
    const version = getCurrentVersion(slug);
    return version ? [{ slug, current: version.document.meta, sha256: version.sha256 }] : [];
  });
}
