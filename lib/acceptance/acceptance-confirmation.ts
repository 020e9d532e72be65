import 'server-only';
import type { Database } from '@/lib/db/open-database';
import { queueNoticesOfUpcomingChanges } from '@/lib/email/change-notices';
import { pageUrl } from '@/lib/email/links';
import { queueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import type { AcceptanceRecord } from '@/lib/ledger/records';
import { versionHref } from '@/lib/versions/paths';
import type { AgreementToAccept } from './agreements-to-accept';

/**
 * Queues the person's copy of what they just accepted (when email is on), in the transaction that
 * records it: the email goes out only if the acceptances were recorded. Nothing of it enters the ledger.
 * A version already superseded by an announced major one also gets that change's notice.
 */
export async function queueAcceptanceConfirmation(
  tx: Database,
  confirmation: { to: string; locale: string; userId: string; agreements: AgreementToAccept[]; records: AcceptanceRecord[] },
): Promise<void> {
  const { mail } = env();
  if (!mail || confirmation.records.length === 0) return;
  const { locale } = confirmation;
  const accepted = confirmation.records.map((record) => ({
    title: confirmation.agreements.find((agreement) => agreement.slug === record.agreement)?.title ?? record.agreement,
    version: record.version,
    contentSha256: record.contentSha256,
    recordedAt: record.recordedAt,
    seq: record.seq,
    recordId: record.id,
    textUrl: pageUrl(locale, versionHref(record.agreement, record.version)),
  }));
  await queueEmail(tx, {
    kind: 'acceptance-confirmation',
    to: confirmation.to,
    locale,
    userId: confirmation.userId,
    payload: { accepted, accountUrl: pageUrl(locale, '/account') },
  });
  await queueNoticesOfUpcomingChanges(tx, { id: confirmation.userId, email: confirmation.to, locale }, confirmation.records);
}
