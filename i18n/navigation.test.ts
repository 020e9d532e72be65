import { describe, expect, it } from 'vitest';
import { localizedPath } from './navigation';

describe('localizedPath', () => {
  it('puts the locale first, the home page being the locale alone', () => {
    expect(localizedPath('/', 'zh')).toBe('/zh');
    expect(localizedPath('/agreements/kmct-service-agreement', 'en')).toBe('/en/agreements/kmct-service-agreement');
  });

  it('keeps a query', () => {
    expect(localizedPath('/agreements/a/compare?from=1&to=2', 'zh')).toBe('/zh/agreements/a/compare?from=1&to=2');
  });
});
