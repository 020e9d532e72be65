import { describe, expect, it } from 'vitest';
import { isSharedPage } from './shared-pages';

const shared = (url: string) => {
  const { pathname, searchParams } = new URL(url, 'http://accord.test');
  return isSharedPage(pathname, searchParams);
};

describe('pages a proxy may share between readers', () => {
  it.each(['/en', '/zh', '/en/agreements/kmct-service-agreement', '/zh/agreements/product-terms-of-service/versions', '/en/agreements/kmct-service-agreement/versions/2020-11-26', '/en/agreements/kmct-service-agreement/compare?from=a&to=b'])('shares %s', (url) => {
    expect(shared(url)).toBe(true);
  });

  it.each(['/en/account', '/en/admin', '/en/admin/records/1', '/en/signup', '/en/signin', '/en/verify', '/en/reaccept', '/en/search', '/en/search?q=suspend', '/en/agreements/kmct-service-agreement?mode=pure', '/fr/agreements/x', '/', '/en/agreements', '/en/agreements/kmct-service-agreement/pure'])('never shares %s', (url) => {
    expect(shared(url)).toBe(false);
  });
});
