import { createHash } from 'node:crypto';
import type { AgreementToAccept } from '@/lib/acceptance/agreements-to-accept';
import type { SignupRequest } from '@/lib/acceptance/signup';

export const SIGNUP_AGREEMENTS: AgreementToAccept[] = [
  { slug: 'kmct-service-agreement', title: 'KMCT', navTitle: 'KMCT', version: '2020-11-26', language: 'en', sha256: 'a'.repeat(64), pagePath: '/en/agreements/kmct-service-agreement' },
  { slug: 'product-terms-of-service', title: 'Terms', navTitle: 'Terms', version: '2020-12-31', language: 'en', sha256: 'b'.repeat(64), pagePath: '/en/agreements/product-terms-of-service' },
];

/** A signup as the form sends it: both agreements ticked, from an address of its own unless given. */
export const signupRequest = (email: string, password = 'long enough password', clientAddress = `198.51.100.${Math.floor(Math.random() * 250)}`): SignupRequest => ({
  email,
  locale: 'en',
  password,
  accepted: SIGNUP_AGREEMENTS,
  wordingSha256: (agreement) => createHash('sha256').update(`I agree to ${agreement.title}\nAgree and create account`).digest('hex'),
  clientAddress,
  observed: { ipAddress: '198.51.100.1', userAgent: 'Vitest', pageUrl: 'http://localhost/en/signup' },
  headers: new Headers(),
  asserted: { timeZone: 'UTC', referrer: null },
});
