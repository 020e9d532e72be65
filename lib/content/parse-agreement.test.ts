import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgreement } from './parse-agreement';
import type { AgreementDocument, Clause } from './types';

const contentDir = path.resolve(import.meta.dirname, '..', '..', 'content', 'agreements');
const read = (file: string) => readFileSync(path.join(contentDir, file), 'utf8');
const KMCT = read('kmct-service-agreement/2020-11-26.md');
const TERMS = read('product-terms-of-service/2020-12-31.md');

function allClauses(document: AgreementDocument): Clause[] {
  const walk = (clause: Clause): Clause[] => [clause, ...clause.children.flatMap(walk)];
  return [...document.preamble, ...document.sections.flatMap((section) => section.children.flatMap(walk))];
}

const find = (document: AgreementDocument, anchor: string) => {
  const clause = allClauses(document).find((candidate) => candidate.anchor === anchor);
  if (!clause) throw new Error(`no clause ${anchor}`);
  return clause;
};

describe('parseAgreement: KMCT Service Agreement', () => {
  const document = parseAgreement(KMCT, 'kmct');

  it('reads the frontmatter', () => {
    expect(document.meta).toMatchObject({
      title: 'Kingsoft Cloud Media Cloud Transcoder (KMCT) Service Agreement',
      navTitle: 'Service Agreement',
      version: '2020-11-26',
      lastUpdated: '2020-11-26 15:53:15',
      changeKind: 'initial',
      language: 'en',
    });
  });

  it('finds sections I.–VII. with their clause counts', () => {
    expect(document.sections.map((section) => `${section.number} ${section.title}`)).toEqual([
      'I. Definition',
      'II. Service fees',
      'III. Your rights and obligations',
      "IV. Kingsoft Cloud's rights and obligations",
      'V. Intellectual Properties',
      'VI. Force Majeure',
      'VII. Miscellaneous',
    ]);
    expect(document.sections.map((section) => section.children.length)).toEqual([3, 5, 9, 8, 1, 2, 2]);
    expect(allClauses(document)).toHaveLength(1 + 30 + 2 + 14 + 7);
  });

  it('splits a sub-clause list that starts inside its clause paragraph', () => {
    const clause = find(document, 'clause-ii-2');
    expect(clause.text).toBe('Pricing system and billing rules of the Service');
    expect(clause.children.map((child) => child.number)).toEqual(['(1)', '(2)']);
    expect(clause.children[0]?.text).toMatch(/^The pricing system \( including the specific prices/);
  });

  it('nests "(1)"–"(14)" under clause III.4', () => {
    const clause = find(document, 'clause-iii-4');
    expect(clause.children.map((child) => child.number)).toEqual(
      Array.from({ length: 14 }, (_, i) => `(${i + 1})`),
    );
    expect(find(document, 'clause-iii-4-14').text).toBe(
      'Providing other content prohibited by laws and administrative regulations.',
    );
  });

  it('keeps unnumbered paragraphs with a stable anchor', () => {
    expect(document.preamble.map((clause) => clause.anchor)).toEqual(['preamble-p1']);
    expect(document.sections[4]?.children.map((clause) => clause.anchor)).toEqual(['clause-v-p1']);
  });

  it('keeps the source words, typos included', () => {
    expect(find(document, 'clause-iv-8').text).toContain('dose not bear responsibility');
    expect(find(document, 'clause-ii-3').text).toContain('confirmed by both parities');
  });
});

describe('parseAgreement: Product Terms of Service', () => {
  const document = parseAgreement(TERMS, 'terms');

  it('finds sections 1.–4., printed without a space before the title', () => {
    expect(document.sections.map((section) => [section.number, section.separator, section.title])).toEqual([
      ['1.', '', 'Application and Acceptance of the Product Terms'],
      ['2.', '', 'Contracting Entity and Account'],
      ['3.', '', 'General Product Terms'],
      ['4.', '', 'Product-Specific Terms'],
    ]);
    expect(document.sections.map((section) => section.children.length)).toEqual([5, 2, 11, 6]);
  });

  it('numbers "4.1" > "(1)" > "a." and "4.4" > "1)" > "a."', () => {
    const compute = find(document, 'clause-4-1');
    expect(compute).toMatchObject({ number: '4.1', heading: true, text: 'Kingsoft Cloud Elastic Compute' });
    expect(find(document, 'clause-4-1-2').children.map((child) => child.number)).toEqual(
      'abcdefgh'.split('').map((letter) => `${letter}.`),
    );
    const items = find(document, 'clause-4-4').children;
    expect(items.map((child) => [child.number, child.separator])).toEqual([
      ['1)', ''],
      ['2)', ''],
      ['3)', ''],
      ['4)', ''],
    ]);
    expect(find(document, 'clause-4-4-4-a').text).toMatch(/^using servers or your website/);
    expect(find(document, 'clause-4-5').children).toHaveLength(5);
  });

  it('gives "3.10" its own anchor after "3.9"', () => {
    expect(find(document, 'clause-3-10').number).toBe('3.10');
    expect(find(document, 'clause-3-p1').number).toBeNull();
  });

  it('keeps curly quotes', () => {
    expect(document.preamble[0]?.text).toContain('(the \u201cProduct Terms\u201d)');
  });
});

describe('anchors', () => {
  it.each([
    ['KMCT', KMCT],
    ['Product Terms', TERMS],
  ])('are unique and readable in the %s', (_, markdown) => {
    const document = parseAgreement(markdown);
    const anchors = [...document.sections.map((section) => section.anchor), ...allClauses(document).map((c) => c.anchor)];
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^(section|clause|preamble)(-[a-z0-9]+)+$/);
  });

  it('stay the same when the words of a clause change', () => {
    const before = parseAgreement(TERMS);
    const after = parseAgreement(TERMS.replace('These Product Terms apply to', 'These revised Product Terms apply to'));
    expect(allClauses(after).map((c) => c.anchor)).toEqual(allClauses(before).map((c) => c.anchor));
    expect(find(after, 'clause-1-1').text).toMatch(/^These revised Product Terms/);
  });
});

describe('parse errors', () => {
  const front = TERMS.slice(0, TERMS.indexOf('---', 4) + 3);

  it('names a bad frontmatter field', () => {
    expect(() => parseAgreement(TERMS.replace('changeKind: initial', 'changeKind: huge'), 'x.md')).toThrow(
      /x\.md: invalid frontmatter: changeKind/,
    );
  });

  it('rejects an unnumbered section heading', () => {
    expect(() => parseAgreement(`${front}\n\n## Definitions\n`, 'x.md')).toThrow(/x\.md:\d+: a section heading/);
  });

  it('rejects a level-1 heading', () => {
    expect(() => parseAgreement(`${front}\n\n# Title\n`, 'x.md')).toThrow(/only "##"/);
  });

  it('treats Markdown syntax inside legal text as literal words', () => {
    const document = parseAgreement(`${front}\n\n## 1.Terms\n\n1.1 See *this* [link](x) & \`code\`\n`);
    expect(document.sections[0]?.children[0]?.text).toBe('See *this* [link](x) & `code`');
  });
});
