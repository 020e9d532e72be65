import { clientAddress } from '@/lib/net/client-address';
import type { AgreementToAccept } from './agreements-to-accept';
import type { AcceptanceInput, AcceptanceMethod } from '@/lib/ledger/records';

/** What the server saw of the request that carried a tick. */
export interface ObservedRequest {
  ipAddress: string | null;
  userAgent: string | null;
  pageUrl: string | null;
}

/** What the browser said about itself; recorded apart from what the server observed. */
export interface AssertedContext {
  timeZone: string | null;
  referrer: string | null;
}

export function observeRequest(headers: Headers, fallbackPageUrl: string): ObservedRequest {
  return {
    ipAddress: clientAddress(headers),
    userAgent: headers.get('user-agent'),
    // The page the form was posted from, as the browser's Referer header names it.
    pageUrl: headers.get('referer')?.slice(0, 2048) ?? fallbackPageUrl,
  };
}

/** One ledger input per agreement a person ticked in a form, with the words they acted on hashed. */
export function clickwrapAcceptances(input: {
  userId: string;
  email: string;
  method: AcceptanceMethod;
  accepted: AgreementToAccept[];
  /** SHA-256 of the words the person acted on for an agreement (lib/clickwrap/wording.ts). */
  wordingSha256: (agreement: AgreementToAccept) => string;
  observed: ObservedRequest;
  asserted: AssertedContext;
}): AcceptanceInput[] {
  return input.accepted.map((agreement) => ({
    userId: input.userId,
    agreement: agreement.slug,
    version: agreement.version,
    language: agreement.language,
    contentSha256: agreement.sha256,
    method: input.method,
    wordingSha256: input.wordingSha256(agreement),
    email: input.email,
    ipAddress: input.observed.ipAddress,
    userAgent: input.observed.userAgent,
    pageUrl: input.observed.pageUrl,
    referrer: input.asserted.referrer,
    clientTimeZone: input.asserted.timeZone,
  }));
}
