import type { TickErrorCode } from './shown-field';

/** What the re-acceptance form shows after an attempt that could not be recorded. */
export interface ReacceptState {
  /** Ticked boxes that are still valid, so they stay ticked. */
  accepted: string[];
  errors: Record<string, TickErrorCode>;
  formError: 'unexpected' | null;
}

export const INITIAL_REACCEPT_STATE: ReacceptState = { accepted: [], errors: {}, formError: null };
