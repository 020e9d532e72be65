import 'server-only';
import { getDatabase } from '@/lib/db/database';
import { env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { queueChangeNotices } from './change-notices';
import { smtpSender, startEmailWorker } from './deliver';

/** How often the app looks for newly published major versions to give notice of. */
const CHANGE_NOTICE_INTERVAL_MS = 10_000;

/**
 * Delivers the outbox from inside the app's server process (started by instrumentation.ts) and queues
 * advance notices of major changes, or says
 * that email is off when SMTP_URL is not set: then nothing is queued or sent, and the pages that would
 * send email say so.
 */
export async function startAppEmailWorker(): Promise<void> {
  const mail = env().mail;
  if (!mail) {
    logger.info('email is off (SMTP_URL is not set): no password reset links or acceptance confirmations are sent');
    return;
  }
  const db = await getDatabase();
  startEmailWorker(db, smtpSender(mail.smtpUrl), mail.from);
  logger.info({ from: mail.from }, 'email is on: the outbox is delivered from this process');
  // A version published with `npm run agreements:publish` is seen when the content is next read.
  let noticing = false;
  const noticeChanges = async () => {
    if (noticing) return;
    noticing = true;
    try {
      await queueChangeNotices(db);
    } catch (error) {
      logger.error({ err: error }, 'advance notices could not be queued');
    } finally {
      noticing = false;
    }
  };
  void noticeChanges();
  setInterval(noticeChanges, CHANGE_NOTICE_INTERVAL_MS).unref();
}
