/** Locale-less paths of the version pages, for the locale-aware Link and redirect helpers. */
export const versionsHref = (slug: string) => `/agreements/${slug}/versions`;

export const versionHref = (slug: string, version: string) => `/agreements/${slug}/versions/${encodeURIComponent(version)}`;

export function compareHref(slug: string, from: string, to: string, view?: 'changes' | 'full'): string {
  const query = new URLSearchParams({ from, to, ...(view ? { view } : {}) });
  return `/agreements/${slug}/compare?${query.toString()}`;
}
