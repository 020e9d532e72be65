import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/limits';

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

export type SignupForm = z.infer<typeof agreementFieldsSchema> & { email: string; password: string };

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/** Reads the posted form: the parsed fields, or null with the email and password errors. */
export function parseSignupForm(formData: FormData): { form: SignupForm | null; errors: SignupState['errors'] } {
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
  if (!email.success || errors.password) return { form: null, errors };
  return { form: { ...fields, email: email.data, password }, errors };
}
