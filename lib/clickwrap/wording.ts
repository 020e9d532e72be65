import 'server-only';
import { createHash } from 'node:crypto';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { AgreementToAccept } from '@/lib/acceptance/agreements-to-accept';

/** Where Accord's own clickwrap is shown: the signup form, or the form asking to accept a new version. */
export type ClickwrapFlow = 'signup' | 'reacceptance';

/**
 * The words of Accord's clickwrap, defined once (messages: Clickwrap) and used both to render the form
 * and to hash what the person acted on, so the recorded hash is always of the words on the screen.
 */
export interface ClickwrapWording {
  /** The sentence beside one agreement's checkbox. */
  checkbox: (agreement: AgreementToAccept) => string;
  /** The words on the button that submits the form. */
  button: string;
  /** SHA-256 (hex) of the words a person acted on for one agreement: its checkbox sentence, a line break, the button's words. */
  sha256: (agreement: AgreementToAccept) => string;
}

export async function clickwrapWording(locale: Locale, flow: ClickwrapFlow): Promise<ClickwrapWording> {
  const t = await getTranslations({ locale, namespace: 'Clickwrap' });
  const checkbox = (agreement: AgreementToAccept) => t('checkbox', { title: agreement.title, version: agreement.version });
  const button = flow === 'signup' ? t('signupButton') : t('reacceptButton');
  return {
    checkbox,
    button,
    sha256: (agreement) => createHash('sha256').update(`${checkbox(agreement)}\n${button}`, 'utf8').digest('hex'),
  };
}
