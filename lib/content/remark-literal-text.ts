import type { Processor } from 'unified';

/**
 * Agreement text is legal text: a "1." must stay the words "1.", not become a list item, and an
 * asterisk must stay an asterisk. This plugin switches off every Markdown construct except ATX
 * headings and paragraphs, so the only structure in a version file is the structure we add.
 */
const DISABLED_CONSTRUCTS = [
  'attention',
  'autolink',
  'blockQuote',
  'characterEscape',
  'characterReference',
  'codeFenced',
  'codeIndented',
  'codeText',
  'definition',
  'hardBreakEscape',
  'htmlFlow',
  'htmlText',
  'labelStartImage',
  'labelStartLink',
  'labelEnd',
  'list',
  'setextUnderline',
  'thematicBreak',
];

export function remarkLiteralText(this: Processor) {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: DISABLED_CONSTRUCTS } }];
}
