'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { agreementsToAccept } from '@/lib/acceptance/agreements-to-accept';
import { signUpWithAcceptances } from '@/lib/acceptance/signup';
import { checkTicks } from '@/lib/acceptance/agreement-fields';
import { observeRequest } from '@/lib/acceptance/clickwrap-evidence';
import { parseSignupForm } from '@/lib/acceptance/signup-form';
import type { SignupState } from '@/lib/acceptance/signup-state';
import { getDatabase } from '@/lib/db/database';
import { env } from '@/lib/env';
import { requestLogger } from '@/lib/log/logger';
import { rememberSignedIn } from '@/lib/auth/signed-in-hint';
import { clickwrapWording } from '@/lib/clickwrap/wording';
import { clientAddress } from '@/lib/net/client-address';
import { limitRequest } from '@/lib/rate-limit/request-limits';

/**
 * Signup: validates the form, checks that each ticked agreement is the version now current (the form
 * carries what it showed), then creates the account with its acceptances in one transaction.
 */
export async function signUp(_previous: SignupState, formData: FormData): Promise<SignupState> {
  const requestedLocale = formData.get('locale');
  const locale = hasLocale(routing.locales, requestedLocale) ? requestedLocale : routing.defaultLocale;
  const { typedEmail: email, credentials, fields, errors } = parseSignupForm(formData);
  const requestHeaders = await headers();
  const address = clientAddress(requestHeaders);
  const current = agreementsToAccept(locale);
  const ticks = checkTicks(current, fields);
  const { accepted } = ticks;
  // Every submission counts here, generously; only accounts actually created count against "signup".
  if (!(await limitRequest('signup-attempt', address)).allowed) {
    return { email, accepted, errors: { agreements: {} }, formError: 'rateLimited' };
  }
  errors.agreements = ticks.errors;
  if (!credentials || Object.keys(errors.agreements).length > 0) {
    return { email, accepted, errors, formError: null };
  }

  const wording = await clickwrapWording(locale, 'signup');
  let outcome;
  try {
    outcome = await signUpWithAcceptances(await getDatabase(), {
      email: credentials.email,
      locale,
      password: credentials.password,
      accepted: current,
      wordingSha256: wording.sha256,
      clientAddress: address,
      observed: observeRequest(requestHeaders, new URL(`/${locale}/signup`, env().siteUrl).toString()),
      headers: requestHeaders,
      asserted: { timeZone: fields.timeZone, referrer: fields.referrer },
    });
  } catch (error) {
    requestLogger(requestHeaders, address).log.error({ err: error }, 'signup failed');
    return { email, accepted, errors, formError: 'unexpected' };
  }
  if (!outcome.ok && outcome.reason === 'rate-limited') return { email, accepted, errors, formError: 'rateLimited' };
  if (!outcome.ok) {
    return {
      email,
      accepted,
      errors: { ...errors, ...(outcome.reason === 'email-taken' ? { email: 'emailTaken' } : { password: 'passwordShort' }) },
      formError: null,
    };
  }
  await rememberSignedIn();
  // The account page then says the account was created (a confirmation, shown once: the URL is replaced).
  redirect(`/${locale}/account?created=1`);
}
