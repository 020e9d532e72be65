// Not 'server-only': also run by `npm run email:deliver` (scripts/email-deliver.ts), outside Next.js.
import nodemailer from 'nodemailer';
import type { Database } from '@/lib/db/open-database';
import { logger } from '@/lib/log/logger';
import { type Attachment, attachmentsFor } from './attachments';
import { type ClaimedEmail, claimDueEmails, markFailed, markSent } from './outbox';
import { renderEmail } from './render-email';

/** Hands a rendered message to the mail system; throws when it was not accepted. */
export type SendMail = (message: { from: string; to: string; subject: string; html: string; text: string; messageId: string; attachments: Attachment[] }) => Promise<void>;

export function smtpSender(smtpUrl: string): SendMail {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (message) => {
    await transport.sendMail(message);
  };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Sends one claimed message; the reason it was not sent, if it was not. */
async function deliverOne(db: Database, send: SendMail, from: string, email: ClaimedEmail): Promise<string | null> {
  try {
    const rendered = await renderEmail(email.kind, email.locale, email.payload);
    await send({ from, to: email.toAddress, messageId: email.messageId, ...rendered, attachments: await attachmentsFor(db, email) });
  } catch (error) {
    await markFailed(db, email, describe(error));
    return describe(error);
  }
  await markSent(db, email.id);
  return null;
}

/** One pass of the outbox: claims what is due and sends it. */
export async function deliverDueEmails(db: Database, send: SendMail, from: string, limit = 20): Promise<{ sent: number; failed: number }> {
  const claimed = await claimDueEmails(db, limit);
  const problems: string[] = [];
  for (const email of claimed) {
    const problem = await deliverOne(db, send, from, email);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) logger.warn({ failed: problems.length, error: problems.at(-1) }, 'email not sent; it will be tried again later');
  return { sent: claimed.length - problems.length, failed: problems.length };
}

/**
 * Delivers the outbox until stopped: a pass every `pollMs`, straight away again while passes find
 * work. Several workers (app instances, npm run email:deliver) may share one PostgreSQL database:
 * each message is claimed by one of them at a time.
 */
export function startEmailWorker(db: Database, send: SendMail, from: string, pollMs = 1000): { stop: () => Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const pass = async () => {
    let busy = false;
    try {
      const { sent, failed } = await deliverDueEmails(db, send, from);
      busy = sent + failed > 0;
    } catch (error) {
      logger.error({ error: describe(error) }, 'the email outbox could not be read');
    }
    if (!stopped) timer = setTimeout(() => (running = pass()), busy ? 0 : pollMs).unref();
  };
  timer = setTimeout(() => (running = pass()), 0).unref();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
