/**
 * The part of a page address that the evidence needs: scheme, host and path. The query string and the
 * fragment are dropped before anything is recorded, since they are where personal data travels
 * (`?email=…`, tokens, tracking ids). Anything that is not an http(s) URL is not recorded at all.
 */
export function evidenceUrl(raw: string | null): string | null {
  if (!raw || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.origin}${url.pathname}`;
}
