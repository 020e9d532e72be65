// Not 'server-only': React Email renders with react-dom/server, which React Server Components may
// not import; this runs in the delivery worker (started from instrumentation.ts) and in npm run email:deliver.
import { render } from '@react-email/render';
import type { ReactElement } from 'react';
import { EMAIL_PAYLOADS, type EmailKind } from './messages';
import { AcceptanceConfirmationEmail } from './templates/acceptance-confirmation';
import { ChangeNoticeEmail } from './templates/change-notice';
import { EmailVerificationEmail } from './templates/email-verification';
import { PasswordResetEmail } from './templates/password-reset';
import { emailStrings } from './templates/strings';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

function template(kind: EmailKind, locale: string, payload: unknown): { subject: string; element: ReactElement } {
  const t = emailStrings(locale);
  switch (kind) {
    case 'password-reset':
      return { subject: t.passwordReset.subject, element: <PasswordResetEmail locale={locale} {...EMAIL_PAYLOADS[kind].parse(payload)} /> };
    case 'email-verification':
      return { subject: t.emailVerification.subject, element: <EmailVerificationEmail locale={locale} {...EMAIL_PAYLOADS[kind].parse(payload)} /> };
    case 'acceptance-confirmation':
      return { subject: t.acceptanceConfirmation.subject, element: <AcceptanceConfirmationEmail locale={locale} {...EMAIL_PAYLOADS[kind].parse(payload)} /> };
    case 'change-notice': {
      const notice = EMAIL_PAYLOADS[kind].parse(payload);
      return { subject: t.changeNotice.subject(notice.title), element: <ChangeNoticeEmail locale={locale} {...notice} /> };
    }
  }
}

/** The plain-text part keeps headings as written (an agreement's title is not shouted). */
const PLAIN_TEXT = { selectors: ['h1', 'h2'].map((selector) => ({ selector, options: { uppercase: false } })) };

/** An outbox message as sent: subject, HTML and its plain-text part, in the message's language. */
export async function renderEmail(kind: string, locale: string, payloadJson: string): Promise<RenderedEmail> {
  if (!(kind in EMAIL_PAYLOADS)) throw new Error(`unknown email kind "${kind}"`);
  const { subject, element } = template(kind as EmailKind, locale, JSON.parse(payloadJson));
  return { subject, html: await render(element), text: await render(element, { plainText: true, htmlToTextOptions: PLAIN_TEXT }) };
}
