import type { AcceptanceInput } from '@/lib/ledger/records';

/** A host-service acceptance of the KMCT agreement by user `n`, with personal data; override any field. */
export const testAcceptance = (n: number, overrides: Partial<AcceptanceInput> = {}): AcceptanceInput => ({
  userId: `user-${n}`,
  agreement: 'kmct-service-agreement',
  version: '2020-11-26',
  language: 'en',
  contentSha256: 'a'.repeat(64),
  method: 'api',
  wordingSha256: 'b'.repeat(64),
  email: `person${n}@example.com`,
  ipAddress: '203.0.113.7',
  userAgent: 'Test/1.0',
  pageUrl: null,
  referrer: null,
  clientTimeZone: null,
  ...overrides,
});
