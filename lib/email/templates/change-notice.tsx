import { Button, Heading, Text } from '@react-email/components';
import type { EmailPayload } from '../messages';
import { buttonStyle, EmailLayout, headingStyle } from './email-layout';
import { emailStrings } from './strings';

/** Advance notice of a major version: when it takes effect, what changes, and the redline from the version accepted. */
export function ChangeNoticeEmail({ locale, title, acceptedVersion, version, effectiveDate, summary, redlineUrl }: EmailPayload<'change-notice'> & { locale: string }) {
  const t = emailStrings(locale).changeNotice;
  return (
    <EmailLayout locale={locale} preview={t.preview(effectiveDate)} footer={emailStrings(locale).footer}>
      <Heading as="h1" style={headingStyle}>
        {t.heading(title)}
      </Heading>
      <Text>{t.body(version, effectiveDate, acceptedVersion)}</Text>
      <Heading as="h2" style={{ fontSize: '17px', margin: '16px 0 4px' }}>
        {t.summary}
      </Heading>
      <Text>{summary}</Text>
      <Button href={redlineUrl} style={buttonStyle}>
        {t.redline}
      </Button>
      <Text style={{ wordBreak: 'break-all', fontSize: '13px', color: '#57606a' }}>{redlineUrl}</Text>
      <Text>{t.ignore}</Text>
    </EmailLayout>
  );
}
