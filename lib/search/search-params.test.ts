import { expect, it } from 'vitest';
import { parseSearchParams } from './search-params';

const slugs = ['kmct-service-agreement'];

it('reads the query and a known scope', () => {
  expect(parseSearchParams({ q: 'suspend', scope: 'kmct-service-agreement' }, slugs)).toEqual({
    query: 'suspend',
    scope: 'kmct-service-agreement',
    unknownScope: null,
  });
});

it('falls back to all documents for an unknown scope, and says so', () => {
  expect(parseSearchParams({ q: 'x', scope: '../etc' }, slugs)).toEqual({ query: 'x', scope: 'all', unknownScope: '../etc' });
});

it('takes the first of repeated parameters and defaults missing ones', () => {
  expect(parseSearchParams({ q: ['a', 'b'] }, slugs)).toEqual({ query: 'a', scope: 'all', unknownScope: null });
  expect(parseSearchParams({}, slugs)).toEqual({ query: '', scope: 'all', unknownScope: null });
});
