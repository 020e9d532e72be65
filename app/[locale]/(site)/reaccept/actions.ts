'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getAcceptanceStatuses } from '@/lib/acceptance/account-gate';
import { checkTicks, parseAgreementFields } from '@/lib/acceptance/agreement-fields';
import { queueAcceptanceConfirmation } from '@/lib/acceptance/acceptance-confirmation';
import { agreementsToAccept } from '@/lib/acceptance/agreements-to-accept';
import { clickwrapAcceptances, observeRequest } from '@/lib/acceptance/clickwrap-evidence';
import { appendAcceptances, notYetAccepted } from '@/lib/ledger/records';
import { countCommittedAppends } from '@/lib/metrics/metrics';
import { lockLedger } from '@/lib/ledger/lock';
import type { ReacceptState } from '@/lib/acceptance/reaccept-state';
import { safeReturnPath } from '@/lib/auth/return-path';
import { getSignedInUser } from '@/lib/auth/session';
import { clickwrapWording } from '@/lib/clickwrap/wording';
import { getDatabase } from '@/lib/db/database';
import { env } from '@/lib/env';
import { requestLogger } from '@/lib/log/logger';
import { clientAddress } from '@/lib/net/client-address';
import { serverSecret } from '@/lib/secret';

/**
 * Re-acceptance: records, in one transaction, an acceptance (method "re-acceptance") of the current
 * version of every agreement the user owes, once each is ticked and was the version the page showed;
 * then returns to the page the user was stopped on. A version this user has already accepted is not
 * recorded again, even when the form is posted several times at once (checked under the ledger lock).
 */
export async function reaccept(_previous: ReacceptState, formData: FormData): Promise<ReacceptState> {
  const requestedLocale = formData.get('locale');
  const locale = hasLocale(routing.locales, requestedLocale) ? requestedLocale : routing.defaultLocale;
  const next = safeReturnPath(formData.get('next'), locale);
  const user = await getSignedInUser();
  if (!user) redirect(`/${locale}/signin`);

  const statuses = await getAcceptanceStatuses(user.id);
  const owed = agreementsToAccept(locale).filter((agreement) => statuses.some((status) => status.agreement === agreement.slug && status.acceptanceRequired));
  const fields = parseAgreementFields(formData);
  const { accepted, errors } = checkTicks(owed, fields);
  if (Object.keys(errors).length > 0) return { accepted, errors, formError: null };

  if (owed.length > 0) {
    const wording = await clickwrapWording(locale, 'reacceptance');
    const requestHeaders = await headers();
    const inputs = clickwrapAcceptances({
      userId: user.id,
      email: user.email,
      method: 're-acceptance',
      accepted: owed,
      wordingSha256: wording.sha256,
      observed: observeRequest(requestHeaders, new URL(`/${locale}/reaccept`, env().siteUrl).toString()),
      asserted: { timeZone: fields.timeZone, referrer: fields.referrer },
    });
    try {
      const db = await getDatabase();
      const appended = await db.transaction(async (tx) => {
        await lockLedger(tx);
        const records = await appendAcceptances(tx, serverSecret(), await notYetAccepted(tx, inputs));
        await queueAcceptanceConfirmation(tx, { to: user.email, locale, userId: user.id, agreements: owed, records });
        return records;
      });
      countCommittedAppends(appended);
    } catch (error) {
      requestLogger(requestHeaders, clientAddress(requestHeaders)).log.error({ err: error }, 're-acceptance failed');
      return { accepted, errors: {}, formError: 'unexpected' };
    }
  }
  redirect(next);
}
