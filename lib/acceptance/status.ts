import { desc, eq } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { acceptanceRecord } from '@/lib/db/schema';

export interface CurrentAgreement {
  slug: string;
  version: string;
}

export interface AgreementStatus {
  agreement: string;
  currentVersion: string;
  acceptedVersion: string | null;
  acceptedAt: string | null;
  currentAccepted: boolean;
  acceptanceRequired: boolean;
}

/** For each agreement: the current version, the latest version this user accepted, and what is owed. */
export async function acceptanceStatus(db: Database, userId: string, agreements: CurrentAgreement[]): Promise<AgreementStatus[]> {
  const rows = await db
    .select({ agreement: acceptanceRecord.agreement, version: acceptanceRecord.version, recordedAt: acceptanceRecord.recordedAt })
    .from(acceptanceRecord)
    .where(eq(acceptanceRecord.userId, userId))
    .orderBy(desc(acceptanceRecord.seq));
  return agreements.map(({ slug, version }) => {
    const latest = rows.find((row) => row.agreement === slug);
    const currentAccepted = latest?.version === version;
    return {
      agreement: slug,
      currentVersion: version,
      acceptedVersion: latest?.version ?? null,
      acceptedAt: latest?.recordedAt.toISOString() ?? null,
      currentAccepted,
      acceptanceRequired: !currentAccepted,
    };
  });
}
