/**
 * Reading modes of an agreement page. "normal" shows the site around the text; "pure" shows the text
 * alone. Both are routes; proxy.ts serves the pure variant (`.../agreements/<slug>/pure`) when the
 * URL says `?mode=pure` or, without a `mode` parameter, when the reader's cookie remembers it.
 */
export const READING_MODES = ['normal', 'pure'] as const;
export type ReadingMode = (typeof READING_MODES)[number];

export const READING_MODE_COOKIE = 'accord-mode';
export const READING_MODE_PARAM = 'mode';
/** The last path segment of the pure variant. */
const PURE_SEGMENT = 'pure';

export function parseReadingMode(value: string | null | undefined): ReadingMode | null {
  return READING_MODES.find((mode) => mode === value) ?? null;
}

const AGREEMENT_PATH = /^\/([a-z]{2})\/agreements\/([a-z0-9-]+)\/?$/;

/** The pure variant's path for an agreement page path, or null when the path is not an agreement page. */
export function pureVariantPath(pathname: string): string | null {
  const match = AGREEMENT_PATH.exec(pathname);
  return match ? `/${match[1]}/agreements/${match[2]}/${PURE_SEGMENT}` : null;
}
