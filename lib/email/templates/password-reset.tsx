import { Button, Heading, Text } from '@react-email/components';
import type { EmailPayload } from '../messages';
import { buttonStyle, EmailLayout, headingStyle } from './email-layout';
import { emailStrings } from './strings';

export function PasswordResetEmail({ locale, resetUrl, expiresInMinutes }: EmailPayload<'password-reset'> & { locale: string }) {
  const t = emailStrings(locale);
  return (
    <EmailLayout locale={locale} preview={t.passwordReset.preview} footer={t.footer}>
      <Heading as="h1" style={headingStyle}>
        {t.passwordReset.heading}
      </Heading>
      <Text>{t.passwordReset.body(expiresInMinutes)}</Text>
      <Button href={resetUrl} style={buttonStyle}>
        {t.passwordReset.button}
      </Button>
      <Text style={{ wordBreak: 'break-all', fontSize: '13px', color: '#57606a' }}>{resetUrl}</Text>
      <Text>{t.passwordReset.ignore}</Text>
    </EmailLayout>
  );
}
