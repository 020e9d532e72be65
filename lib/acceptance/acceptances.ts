import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDatabase } from '@/lib/db/database';
import { acceptanceRecord } from '@/lib/db/schema';
import type { AcceptanceMethod } from '@/lib/ledger/records';

/** One acceptance as its owner sees it. */
export interface Acceptance {
  id: string;
  seq: number;
  agreement: string;
  version: string;
  language: string;
  contentSha256: string;
  method: AcceptanceMethod;
  recordedAt: Date;
}

const METHODS: readonly AcceptanceMethod[] = ['signup-checkbox', 're-acceptance', 'api'];
const asMethod = (value: string): AcceptanceMethod => METHODS.find((method) => method === value) ?? 'api';

/** A user's acceptances, oldest first. */
export async function getAcceptancesOf(userId: string): Promise<Acceptance[]> {
  const db = await getDatabase();
  const rows = await db.select().from(acceptanceRecord).where(eq(acceptanceRecord.userId, userId)).orderBy(asc(acceptanceRecord.seq));
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    agreement: row.agreement,
    version: row.version,
    language: row.language,
    contentSha256: row.contentSha256,
    method: asMethod(row.method),
    recordedAt: row.recordedAt,
  }));
}
