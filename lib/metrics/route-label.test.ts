import { describe, expect, it } from 'vitest';
import { routeLabel } from './route-label';

describe('route labels', () => {
  it.each([
    ['/', '/'],
    ['/en', '/[locale]'],
    ['/zh/agreements/kmct-service-agreement?mode=pure', '/[locale]/agreements/[slug]'],
    ['/en/agreements/kmct-service-agreement/versions/2020-11-26', '/[locale]/agreements/[slug]/versions/[version]'],
    ['/en/agreements/x/feed.xml', '/[locale]/agreements/[slug]/feed.xml'],
    ['/en/no/such/page', '/[locale]/[...rest]'],
    ['/en/agreements', '/[locale]/[...rest]'],
    ['/api/v1/ledger/records/17/proof?size=20', '/api/v1/ledger/records/[seq]/proof'],
    ['/ledger/tile/0/x001/002.p/7', '/ledger/tile/[...path]'],
    ['/_next/static/chunks/abc.js', '/_next/static/[...file]'],
    ['/api/v1/acceptances:batch', '/api/v1/acceptances:batch'],
  ])('%s is %s', (target, label) => {
    expect(routeLabel(target)).toBe(label);
  });

  it.each(['/fr', '/wp-login.php', '/api/v1/nothing', '/ledger/tile', '/_next/static'])('%s is other', (target) => {
    expect(routeLabel(target)).toBe('other');
  });
});
