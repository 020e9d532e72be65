import { Button, Heading, Text } from '@react-email/components';
import type { EmailPayload } from '../messages';
import { buttonStyle, EmailLayout, headingStyle } from './email-layout';
import { emailStrings } from './strings';

export function EmailVerificationEmail({ locale, verifyUrl, expiresInDays }: EmailPayload<'email-verification'> & { locale: string }) {
  const t = emailStrings(locale).emailVerification;
  return (
    <EmailLayout locale={locale} preview={t.preview} footer={emailStrings(locale).footer}>
      <Heading as="h1" style={headingStyle}>
        {t.heading}
      </Heading>
      <Text>{t.body(expiresInDays)}</Text>
      <Button href={verifyUrl} style={buttonStyle}>
        {t.button}
      </Button>
      <Text style={{ wordBreak: 'break-all', fontSize: '13px', color: '#57606a' }}>{verifyUrl}</Text>
    </EmailLayout>
  );
}
