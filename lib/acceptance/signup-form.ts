import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/limits';
import { type AgreementFields, parseAgreementFields } from './agreement-fields';
import type { SignupState } from './signup-state';

const emailSchema = z.string().trim().max(254).pipe(z.email());

export interface ParsedSignup {
  /** The email as typed (trimmed to the longest allowed), to show again in the form. */
  typedEmail: string;
  /** Email and password when both are valid, else null (see `errors`). */
  credentials: { email: string; password: string } | null;
  fields: AgreementFields;
  errors: SignupState['errors'];
}

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/** Reads the posted form: the agreement fields always, the credentials when they are valid. */
export function parseSignupForm(formData: FormData): ParsedSignup {
  const errors: SignupState['errors'] = { agreements: {} };
  const password = text(formData.get('password'));
  if (password.length < MIN_PASSWORD_LENGTH) errors.password = 'passwordShort';
  else if (password.length > MAX_PASSWORD_LENGTH) errors.password = 'passwordLong';
  const email = emailSchema.safeParse(text(formData.get('email')));
  if (!email.success) errors.email = 'emailInvalid';
  const fields = parseAgreementFields(formData);
  const typedEmail = text(formData.get('email')).slice(0, 254);
  const credentials = email.success && !errors.password ? { email: email.data, password } : null;
  return { typedEmail, credentials, fields, errors };
}
