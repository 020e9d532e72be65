import { count, countDistinct, gte, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord, user } from '@/lib/db/schema';
import type { AgreementHistory } from '@/lib/content/types';

export interface VersionStats {
  version: string;
  /** Acceptance records of this version. */
  records: number;
  /** Distinct users who accepted it. */
  users: number;
}

export interface AgreementStats {
  slug: string;
  versions: VersionStats[];
  /** Users whose newest accepted version predates a major change now in force: they must accept again. */
  mustReaccept: number;
}

/** The position of the newest major change in force (0 when there is none since the first version). */
function reacceptThreshold(history: AgreementHistory): number {
  const current = history.versions.findIndex((entry) => entry.version === history.currentVersion);
  return history.versions.slice(0, current + 1).findLastIndex((entry, index) => index > 0 && entry.changeKind === 'major');
}

export async function acceptanceStats(db: Database, histories: AgreementHistory[]): Promise<AgreementStats[]> {
  const perVersion = await db
    .select({ agreement: acceptanceRecord.agreement, version: acceptanceRecord.version, records: count(), users: countDistinct(acceptanceRecord.userId) })
    .from(acceptanceRecord)
    .groupBy(acceptanceRecord.agreement, acceptanceRecord.version);

  const positions = histories.flatMap((history) => history.versions.map((entry, position) => sql`(${history.slug}, ${entry.version}, ${position}::int)`));
  const thresholds = histories.map((history) => sql`(${history.slug}, ${Math.max(reacceptThreshold(history), 0)}::int)`);
  // Each user's newest accepted version (by its place in the history), against the threshold.
  const newest = sql`(
    SELECT r.user_id, r.agreement, max(p.position) AS position
    FROM acceptance_record r
    JOIN (VALUES ${sql.join(positions, sql`, `)}) AS p(agreement, version, position) ON p.agreement = r.agreement AND p.version = r.version
    GROUP BY r.user_id, r.agreement
  ) AS n JOIN (VALUES ${sql.join(thresholds, sql`, `)}) AS t(agreement, threshold) ON t.agreement = n.agreement`;
  const owing =
    histories.length === 0
      ? []
      : await db
          .select({ agreement: sql<string>`n.agreement`, users: sql<number>`count(*)::int` })
          .from(newest)
          .where(sql`n.position < t.threshold`)
          .groupBy(sql`n.agreement`);

  return histories.map((history) => ({
    slug: history.slug,
    versions: history.versions.map(({ version }) => {
      const row = perVersion.find((candidate) => candidate.agreement === history.slug && candidate.version === version);
      return { version, records: row?.records ?? 0, users: row?.users ?? 0 };
    }),
    mustReaccept: owing.find((row) => row.agreement === history.slug)?.users ?? 0,
  }));
}

/** Acceptance records per UTC day over the last `days` days, today included, with empty days as 0. */
export async function acceptancesPerDay(db: Database, days: number, now = new Date()): Promise<{ day: string; records: number }[]> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const first = new Date(today - (days - 1) * 86_400_000);
  const day = sql<string>`to_char(${acceptanceRecord.recordedAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const rows = await db.select({ day, records: count() }).from(acceptanceRecord).where(gte(acceptanceRecord.recordedAt, first)).groupBy(day);
  return Array.from({ length: days }, (_, index) => {
    const key = new Date(first.getTime() + index * 86_400_000).toISOString().slice(0, 10);
    return { day: key, records: rows.find((row) => row.day === key)?.records ?? 0 };
  });
}

/** How many accounts there are, and how many confirmed their email address (which is not required). */
export async function accountAddressCounts(db: Database): Promise<{ accounts: number; confirmed: number }> {
  const [row] = await db.select({ accounts: count(), confirmed: count(sql`case when ${user.emailVerified} then 1 end`) }).from(user);
  return { accounts: row?.accounts ?? 0, confirmed: row?.confirmed ?? 0 };
}
