import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { METHOD_MESSAGE_KEYS } from '@/lib/acceptance/method-message';
import en from './en.json';
import zh from './zh.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(id, value);
    else for (const [nested, text] of flatten(value, id)) entries.set(nested, text);
  }
  return entries;
}

const catalogs = { en: flatten(en), zh: flatten(zh) };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?=[,}])/g)].map((match) => match[1]).sort();

describe('messages', () => {
  it('has a catalog for every locale', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...routing.locales].sort());
  });

  it('has the same keys in English and Chinese', () => {
    expect([...catalogs.zh.keys()].sort()).toEqual([...catalogs.en.keys()].sort());
  });

  it('has no empty message and the same placeholders in both languages', () => {
    for (const [key, english] of catalogs.en) {
      const chinese = catalogs.zh.get(key) ?? '';
      expect(english.trim(), key).not.toBe('');
      expect(chinese.trim(), key).not.toBe('');
      expect(placeholders(chinese), key).toEqual(placeholders(english));
    }
  });

  it('keeps the original site’s English wording', () => {
    expect(catalogs.en.get('ReadingMode.pure')).toBe('Pure Mode');
    expect(catalogs.en.get('ReadingMode.normal')).toBe('Normal Mode');
    expect(catalogs.en.get('AgreementPage.onThisPage')).toBe('On this page');
    expect(catalogs.en.get('ReadingMode.enterFullscreen')).toBe('Click to preview the document content in full screen');
  });
});

describe('message usage', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const sources = ['app', 'components', 'lib']
    .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(root, dir, file)))
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'))
    .map((file) => readFileSync(file, 'utf8'));

  /** Keys looked up with a variable rather than a literal, and the values that variable takes. */
  const DYNAMIC_KEYS: Record<string, readonly string[]> = { LocaleSwitcher: routing.locales, Account: Object.values(METHOD_MESSAGE_KEYS), Admin: Object.values(METHOD_MESSAGE_KEYS) };

  it('uses every message, and every namespace it uses exists', () => {
    const unused: string[] = [];
    for (const key of catalogs.en.keys()) {
      const [namespace = '', name = ''] = key.split('.');
      if (DYNAMIC_KEYS[namespace]?.includes(name)) continue;
      const namespaceRef = new RegExp(`Translations\\((?:\\{[^}]*namespace: )?'${namespace}'`);
      const used = sources.some((source) => namespaceRef.test(source) && source.includes(`'${name}'`));
      if (!used) unused.push(key);
    }
    expect(unused).toEqual([]);
    const referenced = sources.flatMap((source) =>
      [...source.matchAll(/Translations\((?:\{[^}]*namespace: )?'(\w+)'/g)].map((match) => match[1]),
    );
    for (const namespace of referenced) expect(Object.keys(en), namespace).toContain(namespace);
  });
});
