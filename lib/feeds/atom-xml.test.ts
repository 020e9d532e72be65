import { describe, expect, it } from 'vitest';
import { atomXml } from './atom-xml';

const feed = {
  id: 'https://accord.example/en/feed.xml',
  title: 'Terms & "conditions" <all>',
  language: 'en',
  author: { name: 'Accord', uri: 'https://accord.example/en' },
  links: [{ rel: 'self' as const, href: 'https://accord.example/en/feed.xml?a=1&b=2', type: 'application/atom+xml' }],
  entries: [
    { id: 'https://accord.example/en/v/1', title: 'One', updated: '2020-01-01T00:00:00.000Z', summary: 'first', category: 'initial', links: [] },
    { id: 'https://accord.example/en/v/2', title: 'Two', updated: '2026-02-01T00:00:00.000Z', summary: 'a < b & c', category: 'major', links: [] },
  ],
};

describe('Atom documents', () => {
  it('escapes text and attributes, and takes its updated time from the newest entry', () => {
    const xml = atomXml(feed);
    expect(xml).toContain('<title>Terms &amp; &quot;conditions&quot; &lt;all&gt;</title>');
    expect(xml).toContain('href="https://accord.example/en/feed.xml?a=1&amp;b=2"');
    expect(xml).toContain('<summary>a &lt; b &amp; c</summary>');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">\n  <id>/);
    expect(xml.match(/<updated>[^<]+<\/updated>/)?.[0]).toBe('<updated>2026-02-01T00:00:00.000Z</updated>');
  });

  it('is the same bytes for the same content, and valid without entries', () => {
    expect(atomXml(feed)).toBe(atomXml(feed));
    expect(atomXml({ ...feed, entries: [] })).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
});
