import { inArray } from 'drizzle-orm';
import type { AgreementHistory } from '@/lib/content/types';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';

/**
 * What the user owes for one agreement: "none" (the current version, or a later one, is accepted),
 * "minor" (only minor changes since the accepted version: announce them), "major" (a major change
 * since: accept again) or "never-accepted".
 */
export type ChangeSinceAccepted = 'none' | 'minor' | 'major' | 'never-accepted';

export interface AgreementStatus {
  agreement: string;
  currentVersion: string;
  /** The newest version this user accepted. */
  acceptedVersion: string | null;
  acceptedAt: string | null;
  currentAccepted: boolean;
  changeSinceAccepted: ChangeSinceAccepted;
  /** True when the user must accept the current version before going on. */
  acceptanceRequired: boolean;
  /** Versions in force after the accepted one, up to the current one, oldest first. */
  versionsSinceAccepted: string[];
}

interface Accepted {
  agreement: string;
  version: string;
  recordedAt: Date;
}

export function statusOf(history: AgreementHistory, acceptances: Accepted[]): AgreementStatus {
  const position = (version: string) => history.versions.findIndex((candidate) => candidate.version === version);
  const current = position(history.currentVersion);
  const accepted = acceptances
    .filter((acceptance) => acceptance.agreement === history.slug && position(acceptance.version) >= 0)
    .reduce<Accepted | null>((newest, acceptance) => (!newest || position(acceptance.version) > position(newest.version) ? acceptance : newest), null);
  const since = accepted ? history.versions.slice(position(accepted.version) + 1, current + 1) : [];
  const change: ChangeSinceAccepted = !accepted
    ? 'never-accepted'
    : since.some((version) => version.changeKind === 'major')
      ? 'major'
      : since.length > 0
        ? 'minor'
        : 'none';
  return {
    agreement: history.slug,
    currentVersion: history.currentVersion,
    acceptedVersion: accepted?.version ?? null,
    acceptedAt: accepted?.recordedAt.toISOString() ?? null,
    currentAccepted: change === 'none',
    changeSinceAccepted: change,
    acceptanceRequired: change === 'major' || change === 'never-accepted',
    versionsSinceAccepted: since.map((version) => version.version),
  };
}

/**
 * For each agreement: the newest version this user accepted, what changed since, and what is owed.
 * `userIds` are the ids the one person may be recorded under (a host user's current and legacy forms).
 */
export async function acceptanceStatus(db: Database, userIds: string[], histories: AgreementHistory[]): Promise<AgreementStatus[]> {
  const acceptances = await db
    .select({ agreement: acceptanceRecord.agreement, version: acceptanceRecord.version, recordedAt: acceptanceRecord.recordedAt })
    .from(acceptanceRecord)
    .where(inArray(acceptanceRecord.userId, userIds));
  return histories.map((history) => statusOf(history, acceptances));
}
