import { describe, expect, it } from 'vitest';
import { isMalformedPath, malformedPathResponse } from './malformed-path';

describe('malformed paths', () => {
  it.each(['/en/agreements/%E0%A4%A', '/%ZZ', '/en/agreements/%', '/en/%00', '/en/%0a', '/en/%7F', '/api/v1/%ED%A0%80', '/en/%C0%AF', '/en/\u0000'])('refuses %s', (path) => {
    expect(isMalformedPath(path)).toBe(true);
  });

  it.each(['/en', '/zh/agreements/kmct-service-agreement', '/en/search?q=%E0%A4%A', '/en/%E4%B8%AD', '/api/v1/acceptances:batch', '/ledger/tile/0/x001/000.p/7'])('lets %s through', (path) => {
    expect(isMalformedPath(path)).toBe(false);
  });

  it('answers the API in problem JSON and pages with a page, with the security headers', () => {
    const api = malformedPathResponse('/api/v1/%E0');
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ status: 400, title: 'Malformed address' });
    const page = malformedPathResponse('/en/%00');
    expect(page.status).toBe(404);
    expect(page.body).toContain('Back to all agreements');
    for (const answer of [api, page]) expect(answer.headers).toMatchObject({ 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-store' });
  });
});
