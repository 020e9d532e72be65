/** An Atom link (RFC 4287 §4.2.7). */
export interface AtomLink {
  rel: 'self' | 'alternate' | 'related';
  href: string;
  type?: string;
  title?: string;
}

export interface AtomEntry {
  /** A permanent IRI: the entry's own page. */
  id: string;
  title: string;
  /** RFC 3339. */
  updated: string;
  summary: string;
  category: string;
  links: AtomLink[];
}

export interface AtomFeed {
  id: string;
  title: string;
  language: string;
  author: { name: string; uri: string };
  links: AtomLink[];
  entries: AtomEntry[];
}

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[character]};`);

const link = ({ rel, href, type, title }: AtomLink) =>
  `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${escapeXml(type)}"` : ''}${title ? ` title="${escapeXml(title)}"` : ''}/>`;

/**
 * The feed as an RFC 4287 Atom document. Its `updated` is its newest entry's (or the epoch for an empty
 * feed), so the same content always gives the same bytes.
 */
export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.map((entry) => entry.updated).sort().at(-1) ?? new Date(0).toISOString();
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${entry.updated}</updated>`,
      `    <category term="${escapeXml(entry.category)}"/>`,
      ...entry.links.map((entryLink) => `    ${link(entryLink)}`),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author.name)}</name><uri>${escapeXml(feed.author.uri)}</uri></author>`,
    ...feed.links.map((feedLink) => `  ${link(feedLink)}`),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
