import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { outline } from './outline';
import { parseAgreement } from './parse-agreement';

const file = path.resolve(import.meta.dirname, '..', '..', 'content', 'agreements', 'product-terms-of-service', '2020-12-31.md');

it('lists sections and titled clauses, in reading order', () => {
  const items = outline(parseAgreement(readFileSync(file, 'utf8')));
  expect(items.map((item) => `${'  '.repeat(item.depth)}${item.label} #${item.anchor}`)).toEqual([
    '1. Application and Acceptance of the Product Terms #section-1',
    '2. Contracting Entity and Account #section-2',
    '3. General Product Terms #section-3',
    '4. Product-Specific Terms #section-4',
    '  4.1 Kingsoft Cloud Elastic Compute #clause-4-1',
    '  4.2 Kingsoft Cloud Container Instance #clause-4-2',
    '  4.3 Kingsoft Cloud Standard Storage Service #clause-4-3',
    '  4.4 Kingsoft Cloud MapReduce (KMR) #clause-4-4',
    '  4.5 Kingsoft Cloud Content Delivery Network (CDN) #clause-4-5',
  ]);
});
