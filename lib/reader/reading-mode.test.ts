import { describe, expect, it } from 'vitest';
import { parseReadingMode, pureVariantPath, readingModeCookies } from './reading-mode';

describe('reading mode', () => {
  it('accepts only the known modes', () => {
    expect(parseReadingMode('pure')).toBe('pure');
    expect(parseReadingMode('normal')).toBe('normal');
    expect(parseReadingMode('PURE')).toBeNull();
    expect(parseReadingMode(undefined)).toBeNull();
  });

  it('maps an agreement page, and nothing else, to its pure variant', () => {
    expect(pureVariantPath('/en/agreements/kmct-service-agreement')).toBe('/en/agreements/kmct-service-agreement/pure');
    expect(pureVariantPath('/zh/agreements/product-terms-of-service/')).toBe('/zh/agreements/product-terms-of-service/pure');
    expect(pureVariantPath('/en/agreements/x/pure')).toBeNull();
    expect(pureVariantPath('/en')).toBeNull();
    expect(pureVariantPath('/en/agreements/../admin')).toBeNull();
  });

  it('remembers a mode for one agreement in every language, and clears the old site-wide cookie', () => {
    expect(readingModeCookies('/zh/agreements/kmct-service-agreement', 'pure', ['en', 'zh'], 60)).toEqual([
      'accord-mode=pure; Path=/en/agreements/kmct-service-agreement; Max-Age=60; SameSite=Lax',
      'accord-mode=pure; Path=/zh/agreements/kmct-service-agreement; Max-Age=60; SameSite=Lax',
      'accord-mode=; Path=/; Max-Age=0; SameSite=Lax',
    ]);
    expect(readingModeCookies('/en/agreements/x/versions', 'pure', ['en'], 60)).toEqual([]);
  });
});
