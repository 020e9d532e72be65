import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/limits';
import type { AgreementToAccept } from './agreements-to-accept';

/** Error codes the signup form can show; the form turns each into a sentence in the reader's language. */
export type SignupErrorCode =
  | 'emailInvalid'
  | 'emailTaken'
  | 'passwordShort'
  | 'passwordLong'
  | 'mustAccept'
  | 'agreementChanged'
  | 'unexpected';

export interface SignupState {
  email: string;
  /** Agreements ticked in the last attempt that are still current, so they stay ticked. */
  accepted: string[];
  errors: { email?: SignupErrorCode; password?: SignupErrorCode; agreements: Record<string, SignupErrorCode> };
  formError: SignupErrorCode | null;
}

export const INITIAL_SIGNUP_STATE: SignupState = { email: '', accepted: [], errors: { agreements: {} }, formError: null };

const SHOWN_PREFIX = 'shown.';
export const shownField = (slug: string) => `${SHOWN_PREFIX}${slug}`;
/** The value a form carries for the version it showed: "version|language|sha256". */
export const shownValue = (agreement: AgreementToAccept) => `${agreement.version}|${agreement.language}|${agreement.sha256}`;

const emailSchema = z.string().trim().max(254).pipe(z.email());

/** The rest of the form: hidden fields a browser fills. Anything malformed counts as absent. */
const agreementFieldsSchema = z.object({
  accept: z.array(z.string().max(100)).max(20).catch([]),
  shown: z.record(z.string().max(100), z.string().max(200)).catch({}),
  timeZone: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_+\-/]+$/)
    .nullable()
    .catch(null),
  referrer: z.url().max(2048).nullable().catch(null),
});

export type AgreementFields = z.infer<typeof agreementFieldsSchema>;

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
  const fields = agreementFieldsSchema.parse({
    accept: formData.getAll('accept').map(text),
    shown: Object.fromEntries(
      [...formData.entries()]
        .filter(([key]) => key.startsWith(SHOWN_PREFIX))
        .map(([key, value]) => [key.slice(SHOWN_PREFIX.length), text(value)]),
    ),
    timeZone: text(formData.get('timeZone')) || null,
    referrer: text(formData.get('referrer')) || null,
  });
  const typedEmail = text(formData.get('email')).slice(0, 254);
  const credentials = email.success && !errors.password ? { email: email.data, password } : null;
  return { typedEmail, credentials, fields, errors };
}
