'use client';

import { useEffect } from 'react';
import { HIGHLIGHT_PARAM } from '@/lib/search/hit-link';

const HIGHLIGHT_NAME = 'search-hit';
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Han script has no spaces between words, so a word there is matched wherever it occurs.
const boundedWord = (word: string) => (/^\p{Script=Han}+$/u.test(word) ? escape(word) : `(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`);

/**
 * After a search result is opened (`?hl=words#clause`), marks the matched words inside that clause
 * with the CSS Custom Highlight API, which styles text without changing the DOM React rendered.
 */
export function SearchHighlighter() {
  useEffect(() => {
    const apply = () => {
      if (!('highlights' in CSS)) return;
      CSS.highlights.delete(HIGHLIGHT_NAME);
      const words = new URLSearchParams(window.location.search).get(HIGHLIGHT_PARAM)?.split(/\s+/).filter(Boolean) ?? [];
      const clause = document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.querySelector(':scope > .clause-text');
      if (words.length === 0 || !clause) return;
      const pattern = new RegExp(words.map(boundedWord).join('|'), 'giu');
      const ranges: Range[] = [];
      const walker = document.createTreeWalker(clause, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(pattern)) {
          const range = new Range();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          ranges.push(range);
        }
      }
      CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
  return null;
}
