import 'server-only';
import { and, asc, eq, gt, isNotNull, isNull, like, sql } from 'drizzle-orm';
import { getAgreementSlugs, getVersionForReader, getVersionHistory } from '@/lib/content/agreements';
import type { Database } from '@/lib/db/open-database';
import { changeNotice, emailOutbox, user } from '@/lib/db/schema';
import { logger } from '@/lib/log/logger';
import { compareHref } from '@/lib/versions/paths';
import { pageUrl } from './links';
import { type OutboxCounts, outboxCounts, queueEmail } from './outbox';

const BATCH = 500;
const noticeKey = (agreement: string, version: string, userId: string) => `change-notice:${agreement}:${version}:${userId}`;

interface UpcomingMajor {
  agreement: string;
  version: string;
  /** The versions it supersedes. */
  before: string[];
}

/** Major versions published with an effective date still ahead. */
function upcomingMajors(): UpcomingMajor[] {
  return getAgreementSlugs().flatMap((agreement) => {
    const history = getVersionHistory(agreement);
    return history.flatMap((entry, index) =>
      entry.status === 'upcoming' && entry.meta.changeKind === 'major' ? [{ agreement, version: entry.meta.version, before: history.slice(0, index).map((earlier) => earlier.meta.version) }] : [],
    );
  });
}

interface Account {
  id: string;
  email: string;
  locale: string;
}

/** Queues `account`'s notice of `major` if the version it accepted is one the major version supersedes (once, ever). */
async function queueNotice(tx: Database, major: UpcomingMajor, account: Account, accepted: string | null): Promise<boolean> {
  if (!accepted || !major.before.includes(accepted)) return false;
  const text = getVersionForReader(major.agreement, major.version, account.locale);
  if (!text) return false;
  const { title, summary, effectiveDate } = text.document.meta;
  const redlineUrl = pageUrl(account.locale, compareHref(major.agreement, accepted, major.version));
  const payload = { title, acceptedVersion: accepted, version: major.version, effectiveDate, summary: summary ?? '', redlineUrl };
  return queueEmail(tx, { kind: 'change-notice', to: account.email, locale: account.locale, userId: account.id, dedupeKey: noticeKey(major.agreement, major.version, account.id), payload });
}

/**
 * Notices for someone who has just accepted a version already superseded by an upcoming major one (a
 * signup while a change is announced): queued in the transaction that records the acceptance.
 */
export async function queueNoticesOfUpcomingChanges(tx: Database, account: Account, accepted: { agreement: string; version: string }[]): Promise<void> {
  for (const major of upcomingMajors()) {
    const version = accepted.find((acceptance) => acceptance.agreement === major.agreement)?.version ?? null;
    await queueNotice(tx, major, account, version);
  }
}

/**
 * Queues an advance notice of each major version published with a future effective date to every
 * account whose accepted version it supersedes, in their language: in batches, each its own
 * transaction, resumable (a notice is queued at most once per account and version, so a run cut
 * short is simply run again). Accounts are Accord's own: users recorded through the API get no email.
 */
export async function queueChangeNotices(db: Database): Promise<number> {
  const finished = await db.select().from(changeNotice).where(isNotNull(changeNotice.finishedAt));
  let queued = 0;
  for (const major of upcomingMajors()) {
    const { agreement, version } = major;
    if (finished.some((row) => row.agreement === agreement && row.version === version)) continue;
    await db.insert(changeNotice).values({ agreement, version, startedAt: new Date() }).onConflictDoNothing();
    let cursor = '';
    for (;;) {
      const accounts = await db
        .select({
          id: user.id,
          email: user.email,
          locale: user.locale,
          accepted: sql<string | null>`(select r.version from acceptance_record r where r.user_id = "user".id and r.agreement = ${agreement} order by r.seq desc limit 1)`,
        })
        .from(user)
        .where(gt(user.id, cursor))
        .orderBy(asc(user.id))
        .limit(BATCH);
      await db.transaction(async (tx) => {
        for (const account of accounts) if (await queueNotice(tx, major, account, account.accepted)) queued++;
      });
      const last = accounts.at(-1);
      if (!last || accounts.length < BATCH) break;
      cursor = last.id;
    }
    await db.update(changeNotice).set({ finishedAt: new Date() }).where(and(eq(changeNotice.agreement, agreement), eq(changeNotice.version, version), isNull(changeNotice.finishedAt)));
    logger.info({ agreement, version }, 'advance notices of a major change queued');
  }
  return queued;
}

export interface ChangeNoticeProgress extends OutboxCounts {
  agreement: string;
  version: string;
  finished: boolean;
}

/** Each advance notice run, with how many of its emails wait, went, or were given up on: for the console. */
export async function changeNoticeProgress(db: Database): Promise<ChangeNoticeProgress[]> {
  const runs = await db.select().from(changeNotice).orderBy(asc(changeNotice.startedAt));
  return Promise.all(
    runs.map(async (run) => ({
      agreement: run.agreement,
      version: run.version,
      finished: run.finishedAt !== null,
      ...(await outboxCounts(db, like(emailOutbox.dedupeKey, `${noticeKey(run.agreement, run.version, '')}%`))),
    })),
  );
}
