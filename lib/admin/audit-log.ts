import { desc, lt } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { adminAuditLog } from '@/lib/db/schema';

export type AdminAction = 'export' | 'erasure' | 'verification';

export interface AuditEntry {
  seq: number;
  at: Date;
  adminUserId: string;
  action: AdminAction;
  details: Record<string, unknown>;
}

const ACTIONS: readonly AdminAction[] = ['export', 'erasure', 'verification'];

function parseDetails(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
}

/** Appends one entry; the table's triggers refuse any change to it afterwards. */
export async function logAdminAction(db: Database, adminUserId: string, action: AdminAction, details: Record<string, unknown>): Promise<number> {
  const [row] = await db.insert(adminAuditLog).values({ adminUserId, action, details: JSON.stringify(details) }).returning({ seq: adminAuditLog.seq });
  if (!row) throw new Error('audit entry not written');
  return row.seq;
}

/** Newest first, `limit` at a time, before `beforeSeq` when given. */
export async function listAuditEntries(db: Database, limit: number, beforeSeq?: number): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(adminAuditLog)
    .where(beforeSeq === undefined ? undefined : lt(adminAuditLog.seq, beforeSeq))
    .orderBy(desc(adminAuditLog.seq))
    .limit(limit);
  return rows.map((row) => {
    const action = ACTIONS.find((known) => known === row.action);
    if (!action) throw new Error(`audit entry ${row.seq} has an unknown action "${row.action}"`);
    return { seq: row.seq, at: row.at, adminUserId: row.adminUserId, action, details: parseDetails(row.details) };
  });
}
