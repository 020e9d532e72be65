/**
 * The SQLSTATE of the database's error response behind `error` (Drizzle wraps it), or null when the
 * error did not come from the server: after a lost connection, whether a statement took effect is
 * not known, while a statement the server answered with an error did not.
 */
export function sqlStateOf(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = cause;
  }
  return null;
}
