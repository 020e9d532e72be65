import type { TickErrorCode } from './shown-field';

/** Error codes the signup form can show; the form turns each into a sentence in the reader's language. */
export type SignupErrorCode =
  | 'emailInvalid'
  | 'emailTaken'
  | 'passwordShort'
  | 'passwordLong'
  | TickErrorCode
  | 'rateLimited'
  | 'unexpected';

export interface SignupState {
  email: string;
  /** Agreements ticked in the last attempt that are still current, so they stay ticked. */
  accepted: string[];
  errors: { email?: SignupErrorCode; password?: SignupErrorCode; agreements: Record<string, SignupErrorCode> };
  formError: SignupErrorCode | null;
}

export const INITIAL_SIGNUP_STATE: SignupState = { email: '', accepted: [], errors: { agreements: {} }, formError: null };
