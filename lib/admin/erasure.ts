import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { acceptancePersonalData, acceptanceRecord, session } from '@/lib/db/schema';
import { eraseQueuedEmail } from '@/lib/email/outbox';

/**
 * Erases the personal data (email, IP address, user agent, page and referrer addresses, a host's id for
 * the user) recorded with a user's acceptances, the network details of their sessions, and any
 * email to them not yet sent (sent email keeps neither address nor content). The ledger keeps only keyed pseudonyms of these, so it, and the
 * user's receipts, verify exactly as before. Returns how many records were erased now.
 */
export async function erasePersonalData(db: Database, userId: string, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const records = tx.select({ id: acceptanceRecord.id }).from(acceptanceRecord).where(eq(acceptanceRecord.userId, userId));
    const erased = await tx
      .update(acceptancePersonalData)
      .set({ email: null, ipAddress: null, userAgent: null, pageUrl: null, referrer: null, hostUserId: null, erasedAt: now })
      .where(and(inArray(acceptancePersonalData.recordId, records), isNull(acceptancePersonalData.erasedAt)))
      .returning({ recordId: acceptancePersonalData.recordId });
    await tx.update(session).set({ ipAddress: null, userAgent: null }).where(eq(session.userId, userId));
    await eraseQueuedEmail(tx, userId);
    return erased.length;
  });
}
