import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseFrontmatter } from './frontmatter';
import { matchNumber, splitInlineFirst, type ClauseNumber } from './numbering';
import { remarkLiteralText } from './remark-literal-text';
import type { AgreementDocument, Clause, Section } from './types';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkLiteralText);

/** Whitespace is not significant in agreement text: runs collapse to one space. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function plainText(nodes: PhrasingContent[]): string {
  return normalizeWhitespace(nodes.map((node) => ('value' in node ? node.value : '')).join(''));
}

interface OpenClause {
  clause: Clause;
  number: ClauseNumber;
  /** Anchor path tokens from the section down to this clause. */
  path: string[];
}

type Block = { kind: 'section' | 'heading' | 'paragraph'; text: string; line: number };

function toBlocks(nodes: RootContent[], fileLabel: string): Block[] {
  return nodes.flatMap((node): Block[] => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'yaml') return [];
    if (node.type === 'paragraph') return [{ kind: 'paragraph', text: plainText((node as Paragraph).children), line }];
    if (node.type === 'heading') {
      const heading = node as Heading;
      if (heading.depth === 2) return [{ kind: 'section', text: plainText(heading.children), line }];
      if (heading.depth === 3) return [{ kind: 'heading', text: plainText(heading.children), line }];
      throw new Error(`${fileLabel}:${line}: only "##" (section) and "###" (titled clause) headings are allowed`);
    }
    throw new Error(`${fileLabel}:${line}: unsupported Markdown (${node.type})`);
  });
}

/** Turns one version file (frontmatter + Markdown) into the typed document model. */
export function parseAgreement(markdown: string, fileLabel = 'agreement'): AgreementDocument {
  const tree = processor.parse(markdown);
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  if (!yamlNode || !('value' in yamlNode)) throw new Error(`${fileLabel}: missing frontmatter`);
  const meta = parseFrontmatter(yamlNode.value, fileLabel);

  const blocks = toBlocks(tree.children, fileLabel);
  const preamble: Clause[] = [];
  const sections: Section[] = [];
  const anchors = new Set<string>();
  let section: Section | undefined;
  let sectionToken = '';
  let stack: OpenClause[] = [];

  const register = (anchor: string, line: number) => {
    if (anchors.has(anchor)) throw new Error(`${fileLabel}:${line}: duplicate anchor "${anchor}"`);
    anchors.add(anchor);
    return anchor;
  };

  const addUnnumbered = (text: string, line: number) => {
    if (!section) {
      preamble.push(newClause(register(`preamble-p${preamble.length + 1}`, line), null, '', text, false));
      return;
    }
    // Free-standing paragraphs belong to the nearest titled clause, or else to the section.
    const owner = stack.findLastIndex((open) => open.clause.heading);
    stack = stack.slice(0, owner + 1);
    const parent = stack.at(-1);
    const siblings = parent ? parent.clause.children : section.children;
    const count = siblings.filter((clause) => clause.number === null).length + 1;
    const base = ['clause', sectionToken, ...(parent?.path ?? [])].join('-');
    siblings.push(newClause(register(`${base}-p${count}`, line), null, '', text, false));
  };

  const placeNumbered = (number: ClauseNumber, heading: boolean, line: number): OpenClause | null => {
    if (!section || number.style === 'roman') return null;
    const same = stack.findLastIndex((open) => open.number.style === number.style);
    const sameEntry = stack[same];
    if (sameEntry && number.ordinal === sameEntry.number.ordinal + 1) stack = stack.slice(0, same);
    else if (same !== -1 || number.ordinal !== 1) return null;
    const parent = stack.at(-1);
    const path = [...(parent?.path ?? []), number.token];
    const clause = newClause(
      register(['clause', sectionToken, ...path].join('-'), line),
      number.printed,
      number.separator,
      number.rest,
      heading,
    );
    (parent ? parent.clause.children : section.children).push(clause);
    const open = { clause, number, path };
    stack.push(open);
    return open;
  };

  blocks.forEach((block, index) => {
    if (block.kind === 'section') {
      const number = matchNumber(block.text);
      if (!number || (number.style !== 'roman' && number.style !== 'decimal')) {
        throw new Error(`${fileLabel}:${block.line}: a section heading must start with "I." or "1." numbering`);
      }
      sectionToken = number.token;
      section = {
        anchor: register(`section-${number.token}`, block.line),
        number: number.printed,
        separator: number.separator,
        title: number.rest,
        children: [],
      };
      sections.push(section);
      stack = [];
      return;
    }
    const number = matchNumber(block.text);
    const open = number ? placeNumbered(number, block.kind === 'heading', block.line) : null;
    if (!open) {
      if (block.kind === 'heading') throw new Error(`${fileLabel}:${block.line}: a "###" heading must be numbered in sequence`);
      addUnnumbered(block.text, block.line);
      return;
    }
    splitInlineList(open, blocks[index + 1], block.line);
  });

  /**
   * A list can start inside a paragraph ("... of the Service (1) The pricing system ...") and
   * continue in the next one ("(2) Some features ..."). Split the first item out so the list is whole.
   */
  function splitInlineList(open: OpenClause, next: Block | undefined, line: number) {
    const following = next && next.kind === 'paragraph' ? matchNumber(next.text) : null;
    if (!following || following.ordinal !== 2 || stack.some((entry) => entry.number.style === following.style)) return;
    const split = splitInlineFirst(open.clause.text, following.style);
    if (!split) return;
    open.clause.text = split.lead;
    placeNumbered(split.first, false, line);
  }

  return { meta, preamble, sections };
}

function newClause(anchor: string, number: string | null, separator: string, text: string, heading: boolean): Clause {
  return { anchor, number, separator, text, heading, children: [] };
}
