import { render } from '@react-email/render';
import type { Database } from '@/lib/db/open-database';
import { issueReceipt } from '@/lib/ledger/receipts';
import { serverSecret } from '@/lib/secret';
import { pageUrl } from './links';
import { EMAIL_PAYLOADS } from './messages';
import type { ClaimedEmail } from './outbox';
import { AcceptanceCertificate } from './templates/acceptance-certificate';

export interface Attachment {
  filename: string;
  content: string;
  contentType: string;
}

/**
 * What goes with a message: for a copy of acceptances, each record's signed receipt (the JSON that
 * /verify and npm run receipt:verify check) and a certificate a person can read, made when the email
 * is sent, against the ledger's checkpoint then. Nothing for other kinds.
 */
export async function attachmentsFor(db: Database, email: ClaimedEmail): Promise<Attachment[]> {
  if (email.kind !== 'acceptance-confirmation' || !email.userId) return [];
  const { accepted } = EMAIL_PAYLOADS['acceptance-confirmation'].parse(JSON.parse(email.payload));
  const verifyUrl = pageUrl(email.locale, '/verify');
  const attachments: Attachment[] = [];
  for (const item of accepted) {
    const issued = await issueReceipt(db, serverSecret(), item.recordId, email.userId, () => item.title);
    if (issued.status !== 'issued') throw new Error(`no receipt for record #${item.seq}: ${issued.status}`);
    attachments.push(
      { filename: `accord-certificate-${item.seq}.html`, contentType: 'text/html; charset=utf-8', content: await render(<AcceptanceCertificate locale={email.locale} receipt={issued.document.receipt} person={email.toAddress} verifyUrl={verifyUrl} />) },
      { filename: `accord-receipt-${item.seq}.json`, contentType: 'application/json', content: `${JSON.stringify(issued.document, null, 2)}\n` },
    );
  }
  return attachments;
}
