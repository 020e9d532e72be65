import { describe, expect, it } from 'vitest';
import { shownField } from './shown-field';
import { parseSignupForm } from './signup-form';

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
};

describe('parseSignupForm', () => {
  it('reads a complete form', () => {
    const { credentials, fields: parsed, errors } = parseSignupForm(
      form([
        ['email', ' Person@Example.com '],
        ['password', 'correct horse battery'],
        ['accept', 'kmct-service-agreement'],
        [shownField('kmct-service-agreement'), `2020-11-26|en|${'a'.repeat(64)}`],
        ['timeZone', 'Asia/Shanghai'],
      ]),
    );
    expect(errors).toEqual({ agreements: {} });
    expect(credentials).toEqual({ email: 'Person@Example.com', password: 'correct horse battery' });
    expect(parsed).toMatchObject({
      accept: ['kmct-service-agreement'],
      shown: { 'kmct-service-agreement': `2020-11-26|en|${'a'.repeat(64)}` },
      timeZone: 'Asia/Shanghai',
      referrer: null,
    });
  });

  it('names the email and password fields that are wrong', () => {
    const invalid = parseSignupForm(form([['email', 'not-an-email'], ['password', 'short']]));
    expect(invalid.errors).toEqual({ agreements: {}, email: 'emailInvalid', password: 'passwordShort' });
    expect(invalid.credentials).toBeNull();
    expect(invalid.typedEmail).toBe('not-an-email');
    expect(parseSignupForm(form([['email', 'a@b.co'], ['password', 'x'.repeat(129)]])).errors.password).toBe('passwordLong');
  });

  it('treats malformed hidden fields as absent rather than failing', () => {
    const { fields: parsed } = parseSignupForm(
      form([
        ['email', 'a@b.co'],
        ['password', 'long enough password'],
        ['timeZone', '<script>'],
        ['referrer', 'javascript-ish'],
      ]),
    );
    expect(parsed).toMatchObject({ timeZone: null, referrer: null, accept: [], shown: {} });
  });
});
