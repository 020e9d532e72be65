import { describe, expect, it } from 'vitest';
import { evidenceUrl } from './evidence-url';

describe('evidenceUrl', () => {
  it('keeps scheme, host and path, drops query and fragment', () => {
    expect(evidenceUrl('https://shop.example/checkout/terms?email=a%40b.example&t=secret#accept')).toBe('https://shop.example/checkout/terms');
    expect(evidenceUrl('http://127.0.0.1:3000/en/signup')).toBe('http://127.0.0.1:3000/en/signup');
  });

  it('records nothing for what is not an http(s) URL', () => {
    expect(evidenceUrl(null)).toBeNull();
    expect(evidenceUrl('')).toBeNull();
    expect(evidenceUrl('javascript:alert(1)')).toBeNull();
    expect(evidenceUrl('not a url')).toBeNull();
    expect(evidenceUrl('mailto:a@b.example')).toBeNull();
  });
});
