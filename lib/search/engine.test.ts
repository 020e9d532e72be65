import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllVersions } from '@/lib/content/repository';
import { ClauseSearch } from './engine';
import { searchEntries } from './entries';
import { MAX_QUERY_LENGTH } from './query';
import type { SearchHit } from './types';

const root = path.resolve(import.meta.dirname, '..', '..');
const real = readAllVersions(path.join(root, 'content'));
const search = ClauseSearch.build(real.flatMap(searchEntries));

const anchors = (hits: SearchHit[]) => hits.map((hit) => hit.entry.anchor);
const highlighted = (hit: SearchHit | undefined) => hit?.snippet.filter((part) => part.hit).map((part) => part.text) ?? [];

describe('clause search on the real agreements', () => {
  it('has one entry per clause of both agreements', () => {
    // 54 blocks in each: see the clause counts in parse-agreement.test.ts.
    expect(real.flatMap(searchEntries)).toHaveLength(54 + 54);
  });

  it('finds a word as typed so far (prefix)', () => {
    const { hits } = search.search('transc', 'all');
    expect(hits.length).toBeGreaterThan(0);
    expect(highlighted(hits[0]).every((word) => word.toLowerCase().startsWith('transc'))).toBe(true);
  });

  it('forgives a typo: "suspnd" finds "suspend"', () => {
    const { hits } = search.search('suspnd', 'all');
    expect(anchors(hits)).toContain('clause-ii-3');
    expect(highlighted(hits.find((hit) => hit.entry.anchor === 'clause-ii-3'))).toContain('suspend');
  });

  it('matches word forms: "charges" finds "charge" and "charged"', () => {
    const { hits } = search.search('charges', 'all');
    const words = hits.flatMap((hit) => hit.matchedWords.map((word) => word.toLowerCase()));
    expect(words).toEqual(expect.arrayContaining(['charge', 'charged', 'charges']));
  });

  it('puts clauses holding every word first', () => {
    const { hits } = search.search('suspend bill', 'all');
    const both = (hit: SearchHit) => {
      const words = hit.matchedWords.map((word) => word.toLowerCase());
      return words.some((word) => word.startsWith('suspend')) && words.some((word) => word.startsWith('bill'));
    };
    expect(hits.every((hit) => hit.matchedWords.every((word) => /^(suspen|bill)/i.test(word)))).toBe(true);
    const firstPartial = hits.findIndex((hit) => !both(hit));
    expect(firstPartial).toBeGreaterThan(0);
    expect(hits.slice(firstPartial).some(both)).toBe(false);
  });

  it('keeps only clauses with a quoted phrase as written', () => {
    const loose = search.search('force majeure event', 'all').hits;
    const phrase = search.search('"force majeure event"', 'all').hits;
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.length).toBeLessThan(loose.length);
    for (const hit of phrase) expect(hit.snippet.map((part) => part.text).join('').toLowerCase()).toContain('force majeure event');
  });

  it('limits results to one agreement when scoped', () => {
    const all = search.search('Kingsoft Cloud', 'all').hits;
    const scoped = search.search('Kingsoft Cloud', 'product-terms-of-service').hits;
    expect(new Set(all.map((hit) => hit.entry.slug)).size).toBe(2);
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.every((hit) => hit.entry.slug === 'product-terms-of-service')).toBe(true);
  });

  it('labels each hit with its agreement, section and clause', () => {
    const hit = search.search('"Opposing the basic principles"', 'all').hits[0];
    expect(hit?.entry).toMatchObject({
      slug: 'kmct-service-agreement',
      sectionLabel: 'III. Your rights and obligations',
      clauseLabel: 'III. 4. (1)',
      anchor: 'clause-iii-4-1',
    });
  });

  it('names the titled clause a hit sits under', () => {
    const hit = search.search('"If you release the service or delete the data"', 'product-terms-of-service').hits[0];
    expect(hit?.entry).toMatchObject({ headingLabel: '4.1 Kingsoft Cloud Elastic Compute', clauseLabel: '(1)' });
    expect(search.search('"Opposing the basic principles"', 'all').hits[0]?.entry.headingLabel).toBe('');
  });

  it('says which words a typo-tolerant search looked for, and only then', () => {
    const corrected = search.search('suspnd', 'all');
    expect(corrected.hits.length).toBeGreaterThan(0);
    expect(corrected.correctedQuery).toBe('suspend');
    expect(search.search('suspend', 'all').correctedQuery).toBeNull();
    // One word as typed, one with a typo: the clauses holding both are found by the forgiving pass.
    expect(search.search('service suspnd', 'all').correctedQuery).toBe('service suspend');
  });

  it('offers a near-miss word when nothing matches', () => {
    const outcome = search.search('termnaiton', 'all');
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestions).toEqual(['termination']);
  });

  it('says what is wrong with an empty, symbol-only or over-long query', () => {
    expect(search.search('   ', 'all').problem).toBe('empty');
    expect(search.search('?!*&%', 'all').problem).toBe('no-words');
    const long = search.search(`suspend ${'x'.repeat(500)}`, 'all');
    expect(long.truncated).toBe(true);
    expect(long.query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('survives serialisation for the browser unchanged', () => {
    const loaded = ClauseSearch.load(JSON.parse(JSON.stringify(search.serialize())));
    expect(loaded.search('suspnd bill', 'all')).toEqual(search.search('suspnd bill', 'all'));
  });
});

describe('clause search in Chinese', () => {
  const fixtures = readAllVersions(path.join(root, 'test-fixtures', 'content'));
  const chinese = ClauseSearch.build(fixtures.filter((text) => text.fileStem === '2020-11-26.zh').flatMap(searchEntries));

  it('segments Chinese words and finds them', () => {
    const { hits } = chinese.search('不可抗力', 'all');
    expect(anchors(hits)).toEqual(expect.arrayContaining(['clause-vi-1', 'clause-vi-2']));
    expect(highlighted(hits[0]).join('')).toContain('不可抗力');
  });

  it('finds a Chinese phrase inside a longer sentence', () => {
    expect(anchors(chinese.search('计费周期', 'all').hits)).toContain('clause-ii-3');
  });

  it('says when a Chinese query cannot match because every text is English, and only then', () => {
    expect(search.queryScriptIsMissing('暂停服务')).toBe(true);
    expect(search.queryScriptIsMissing('suspend')).toBe(false);
    expect(chinese.queryScriptIsMissing('暂停服务')).toBe(false);
  });
});
