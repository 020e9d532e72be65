import 'server-only';
import { getDatabase } from '@/lib/db/database';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { smtpSender, startEmailWorker } from './deliver';

/**
 * Delivers the outbox from inside the app's server process (started by instrumentation.ts), or says
 * that email is off when SMTP_URL is not set: then nothing is queued or sent, and the pages that would
 * send email say so.
 */
export async function startAppEmailWorker(): Promise<void> {
  const mail = env().mail;
  if (!mail) {
    logger.info('email is off (SMTP_URL is not set): no password reset links or acceptance confirmations are sent');
    return;
  }
  startEmailWorker(await getDatabase(), smtpSender(mail.smtpUrl), mail.from);
  logger.info({ from: mail.from }, 'email is on: the outbox is delivered from this process');
}
