/** Password length rules, shared by the form (client), its validation and better-auth. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
