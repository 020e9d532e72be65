import { describe, expect, it } from 'vitest';
import { parseAgreement } from '@/lib/content/parse-agreement';
import { similarity } from './align-clauses';
import { compareDocuments, type Redline, type RedlineRow } from './redline';

const document = (version: string, body: string, language = 'en') =>
  parseAgreement(
    `---\ntitle: T\nnavTitle: T\ndescription: D\nversion: "${version}"\nlastUpdated: "${version}"\neffectiveDate: "${version}"\nchangeKind: ${version === '2020-01-01' ? 'initial' : 'major'}\n${version === '2020-01-01' ? '' : 'summary: S\n'}language: ${language}\n---\n\n${body}`,
    version,
  );

const V1_BODY = `Welcome to the service.

## I. Definitions

1. The "Service" means the transcoding service.

2. The "Console" means the management console.

3. An "Account" means your user account.

## II. Fees

1. Fees are charged monthly in arrears.

2. Overdue fees accrue interest at one percent per month.

## III. Liability

1. Neither party is liable for force majeure events.
`;
const V1 = document('2020-01-01', V1_BODY);

/** The row with this label in the newer version, else in the older one, e.g. "II. 2.". */
const row = (redline: Redline, label: string): RedlineRow => {
  const rows = redline.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.rows]);
  const found = rows.find((candidate) => candidate.to?.label === label) ?? rows.find((candidate) => candidate.from?.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
};

describe('compareDocuments', () => {
  it('finds nothing between a version and itself', () => {
    const redline = compareDocuments(V1, V1);
    expect(redline.totals).toEqual({ changed: 0, added: 0, removed: 0, moved: 0, renumbered: 0 });
    expect(redline.sections.map((section) => section.changeCount)).toEqual([0, 0, 0, 0]);
  });

  it('marks a clause edited in place as changed, with word-level insertions and deletions', () => {
    const v2 = document('2021-01-01', V1_BODY.replace('charged monthly', 'charged quarterly'));
    const redline = compareDocuments(V1, v2);
    const fees = row(redline, 'II. 1.');
    expect(fees.changes).toEqual(['changed']);
    expect(fees.words?.filter((part) => part.change === 'deleted').map((part) => part.text.trim())).toEqual(['monthly']);
    expect(fees.words?.filter((part) => part.change === 'inserted').map((part) => part.text.trim())).toEqual(['quarterly']);
    expect(redline.totals).toMatchObject({ changed: 1, added: 0, removed: 0, moved: 0 });
    expect(redline.sections.map((section) => section.changeCount)).toEqual([0, 0, 1, 0]);
  });

  it('finds an added clause, renumbers the ones after it, and keeps them unchanged in words', () => {
    const v2 = document(
      '2021-01-01',
      V1_BODY.replace(
        '2. The "Console" means the management console.\n\n3. An',
        '2. A "Region" means a data centre location you choose.\n\n3. The "Console" means the management console.\n\n4. An',
      ),
    );
    const redline = compareDocuments(V1, v2);
    expect(row(redline, 'I. 2.').changes).toEqual(['added']);
    expect(row(redline, 'I. 3.')).toMatchObject({ changes: ['renumbered'], from: { label: 'I. 2.' } });
    expect(row(redline, 'I. 4.')).toMatchObject({ changes: ['renumbered'], from: { label: 'I. 3.' } });
    expect(redline.totals).toEqual({ changed: 0, added: 1, removed: 0, moved: 0, renumbered: 2 });
  });

  it('places a removed clause where it stood and a removed section with its clauses', () => {
    const v2 = document(
      '2021-01-01',
      `Welcome to the service.

## I. Definitions

1. The "Service" means the transcoding service.

2. An "Account" means your user account.

## II. Liability

1. Neither party is liable for force majeure events.
`,
    );
    const redline = compareDocuments(V1, v2);
    const definitions = redline.sections[1];
    expect(definitions?.rows.map((candidate) => [candidate.from?.label ?? null, candidate.to?.label ?? null, candidate.changes])).toEqual([
      ['I. 1.', 'I. 1.', []],
      ['I. 2.', null, ['removed']],
      ['I. 3.', 'I. 2.', ['renumbered']],
    ]);
    const fees = redline.sections[2];
    expect(fees?.heading).toMatchObject({ from: { text: 'Fees' }, to: null, changes: ['removed'] });
    expect(fees?.rows.map((candidate) => candidate.changes)).toEqual([['removed'], ['removed']]);
    expect(row(redline, 'II.')).toMatchObject({ from: { label: 'III.' }, changes: ['renumbered'] });
    expect(redline.totals).toMatchObject({ removed: 4, added: 0, changed: 0 });
  });

  it('recognises a clause moved to another section, even when its words were also edited', () => {
    const v2 = document(
      '2021-01-01',
      V1_BODY.replace('\n\n2. Overdue fees accrue interest at one percent per month.', '').concat('\n2. Overdue fees accrue interest at two percent per month.\n'),
    );
    const redline = compareDocuments(V1, v2);
    const moved = row(redline, 'III. 2.');
    expect(moved.changes).toEqual(['changed', 'moved']);
    expect(moved.from?.label).toBe('II. 2.');
    expect(moved.words?.filter((part) => part.change).map((part) => `${part.change}:${part.text.trim()}`)).toEqual(['deleted:one', 'inserted:two']);
    expect(redline.totals).toMatchObject({ moved: 1, changed: 1, added: 0, removed: 0 });
  });

  it('treats a clause whose words were replaced wholesale as removed and added', () => {
    const v2 = document('2021-01-01', V1_BODY.replace('Neither party is liable for force majeure events.', 'Disputes go to the courts of Beijing.'));
    const redline = compareDocuments(V1, v2);
    const liability = redline.sections[3];
    expect(liability?.rows.map((candidate) => candidate.changes)).toEqual([['removed'], ['added']]);
  });

  it('diffs Chinese by words', () => {
    const from = document('2020-01-01', '## I. 定义\n\n1. 本服务指转码服务。\n', 'zh');
    const to = document('2021-01-01', '## I. 定义\n\n1. 本服务指云转码服务。\n', 'zh');
    const changed = compareDocuments(from, to).sections.flatMap((section) => section.rows).find((candidate) => candidate.words);
    expect(changed?.words?.filter((part) => part.change === 'inserted').map((part) => part.text)).toEqual(['云']);
  });
});

describe('similarity', () => {
  it('is 1 for the same words, 0 for none shared, in between otherwise', () => {
    expect(similarity('Fees are due', 'fees ARE due')).toBe(1);
    expect(similarity('Fees are due', 'Courts decide disputes')).toBe(0);
    expect(similarity('Fees are due monthly', 'Fees are due quarterly')).toBeCloseTo(0.75);
  });
});
