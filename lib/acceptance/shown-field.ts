import type { AgreementToAccept } from './agreements-to-accept';

/**
 * The part of a clickwrap form that names agreements: one checkbox per agreement ("accept" = slug) and a
 * hidden "shown.<slug>" field saying exactly which text the form showed. Shared by signup and
 * re-acceptance.
 */
export const SHOWN_PREFIX = 'shown.';
export const shownField = (slug: string) => `${SHOWN_PREFIX}${slug}`;
/** The value a form carries for the version it showed: "version|language|sha256". */
export const shownValue = (agreement: AgreementToAccept) => `${agreement.version}|${agreement.language}|${agreement.sha256}`;

/** Why an agreement's tick cannot be recorded. */
export type TickErrorCode = 'mustAccept' | 'agreementChanged';
