import { describe, expect, it } from 'vitest';
import { buildSnippet } from './snippet';

const plain = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

describe('buildSnippet', () => {
  // Words of seven letters: a window of 220 characters would end inside one.
  const text = `${'Kingsoft provide service. '.repeat(3)}You should suspend the use ${'invoice overdue payment '.repeat(20)}`;

  it('starts and ends between words, marking the cuts', () => {
    const { snippet } = buildSnippet(text, new Set(['suspend']));
    const shown = plain(snippet);
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    const inner = shown.slice(2, -2);
    expect(text).toContain(inner);
    const end = text.indexOf(inner) + inner.length;
    expect(text.charAt(end)).toMatch(/\s/);
    expect(text.charAt(text.indexOf(inner) - 1)).toMatch(/\s/);
    expect(snippet.filter((part) => part.hit).map((part) => part.text)).toEqual(['suspend']);
  });

  it('cuts text without spaces (Chinese) where it must', () => {
    const chinese = '因不可抗力导致本服务中断的，金山云不承担责任。'.repeat(20);
    const { snippet } = buildSnippet(chinese, new Set(['不可抗力']));
    expect(plain(snippet).endsWith(' …')).toBe(true);
    expect(plain(snippet).length).toBeGreaterThan(100);
  });
});
