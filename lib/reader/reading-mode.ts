/**
 * Reading modes of an agreement page. "normal" shows the site around the text; "pure" shows the text
 * alone. Both are routes; proxy.ts serves the pure variant (`.../agreements/<slug>/pure`) when the
 * URL says `?mode=pure` or, without a `mode` parameter, when the reader's cookie remembers it. The
 * cookie is per agreement (in every language), so choosing pure mode for one does not change another.
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

/** Cookies set before the choice was per agreement applied to every page; each new choice clears it. */
const SITE_WIDE_COOKIE_CLEARED = `${READING_MODE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;

/**
 * The Set-Cookie values that remember `mode` for the agreement at `pathname`: one cookie per language's
 * page of that agreement (cookie paths cannot span languages), none when the path is not an agreement.
 */
export function readingModeCookies(pathname: string, mode: ReadingMode, locales: readonly string[], maxAgeSeconds: number): string[] {
  const match = AGREEMENT_PATH.exec(pathname);
  if (!match) return [];
  const perLanguage = locales.map((locale) => `${READING_MODE_COOKIE}=${mode}; Path=/${locale}/agreements/${match[2]}; Max-Age=${maxAgeSeconds}; SameSite=Lax`);
  return [...perLanguage, SITE_WIDE_COOKIE_CLEARED];
}
