import 'server-only';
import { z } from 'zod';
import { getVersionForReader, getVersionHistory } from '@/lib/content/agreements';
import type { AgreementVersion, VersionEntry } from '@/lib/content/types';
import { compareDocuments, type Redline } from './redline';

export const COMPARE_VIEWS = ['changes', 'full'] as const;
export type CompareView = (typeof COMPARE_VIEWS)[number];

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A version id as asked for; kept (shortened) even when it names nothing, so the reader is told. */
const versionParam = z.preprocess(firstValue, z.string().trim().transform((value) => value.slice(0, 100)).optional()).catch(undefined);

const compareQuerySchema = z.object({
  from: versionParam,
  to: versionParam,
  view: z.preprocess(firstValue, z.enum(COMPARE_VIEWS)).catch('changes'),
});

/** Why two versions cannot be compared, in terms a reader can act on. */
export type ComparisonProblem =
  | { kind: 'unknown-version'; field: 'from' | 'to'; value: string }
  | { kind: 'same-version'; version: string }
  | { kind: 'from-newer'; from: string; to: string }
  | { kind: 'too-few-versions' };

export interface Comparison {
  from: AgreementVersion;
  to: AgreementVersion;
  /** The versions after `from`, up to and including `to`: their change summaries say what changed. */
  steps: VersionEntry[];
  redline: Redline;
}

export type ComparisonResult = {
  history: VersionEntry[];
  view: CompareView;
  /** The versions the form shows selected. */
  selected: { from: string; to: string };
} & ({ ok: true; comparison: Comparison } | { ok: false; problem: ComparisonProblem });

/**
 * Reads `?from=&to=&view=` for an agreement's compare page. Without `from`/`to` it compares the
 * current version with the one before it. Texts are the reader's language where both versions have
 * it, else the primary texts, so the two sides are always in one language.
 */
export function getComparison(slug: string, searchParams: Record<string, string | string[] | undefined>, locale: string): ComparisonResult | null {
  const history = getVersionHistory(slug);
  if (history.length === 0) return null;
  const query = compareQuerySchema.parse(searchParams);
  const currentIndex = history.findIndex((entry) => entry.status === 'current');
  const defaultTo = history[Math.max(currentIndex, 0)]?.meta.version ?? '';
  const defaultFrom = history[Math.max(currentIndex - 1, 0)]?.meta.version ?? '';
  const selected = { from: query.from || defaultFrom, to: query.to || defaultTo };
  const base = { history, view: query.view, selected };
  const position = (version: string) => history.findIndex((entry) => entry.meta.version === version);

  if (history.length < 2) return { ...base, ok: false, problem: { kind: 'too-few-versions' } };
  for (const field of ['from', 'to'] as const) {
    if (position(selected[field]) < 0) return { ...base, ok: false, problem: { kind: 'unknown-version', field, value: selected[field] } };
  }
  if (selected.from === selected.to) return { ...base, ok: false, problem: { kind: 'same-version', version: selected.from } };
  if (position(selected.from) > position(selected.to)) return { ...base, ok: false, problem: { kind: 'from-newer', ...selected } };

  const comparison = compareVersions(slug, selected.from, selected.to, locale);
  return comparison ? { ...base, ok: true, comparison } : null;
}

/** The redline between two versions of an agreement, oldest first, or null if either is unknown. */
export function compareVersions(slug: string, fromVersion: string, toVersion: string, locale: string): Comparison | null {
  const history = getVersionHistory(slug);
  const position = (version: string) => history.findIndex((entry) => entry.meta.version === version);
  const bothInLocale = [fromVersion, toVersion].every((version) => getVersionForReader(slug, version, locale)?.document.meta.language === locale);
  const language = bothInLocale ? locale : (history[0]?.languages[0] ?? locale);
  const from = getVersionForReader(slug, fromVersion, language);
  const to = getVersionForReader(slug, toVersion, language);
  if (!from || !to) return null;
  return { from, to, steps: history.slice(position(fromVersion) + 1, position(toVersion) + 1), redline: compareDocuments(from.document, to.document) };
}
