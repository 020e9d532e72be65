import { Heading, Link, Section, Text } from '@react-email/components';
import type { EmailPayload } from '../messages';
import { EmailLayout, headingStyle } from './email-layout';
import { emailStrings } from './strings';

export function AcceptanceConfirmationEmail({ locale, accepted, accountUrl }: EmailPayload<'acceptance-confirmation'> & { locale: string }) {
  const t = emailStrings(locale).acceptanceConfirmation;
  const when = (iso: string) => new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  return (
    <EmailLayout locale={locale} preview={t.preview} footer={emailStrings(locale).footer}>
      <Heading as="h1" style={headingStyle}>
        {t.heading}
      </Heading>
      <Text>{t.intro}</Text>
      {accepted.map((item) => (
        <Section key={item.seq} style={{ border: '1px solid #d0d7de', borderRadius: '6px', padding: '4px 16px', margin: '16px 0' }}>
          <Heading as="h2" style={{ fontSize: '17px', margin: '12px 0 4px' }}>
            {item.title}
          </Heading>
          <Text style={{ margin: '4px 0' }}>
            {t.version}: {item.version} · {t.recordedAt}: {when(item.recordedAt)} · {t.record}: #{item.seq}
          </Text>
          <Text style={{ margin: '4px 0', fontSize: '12px', color: '#57606a', wordBreak: 'break-all' }}>
            {t.fingerprint}: {item.contentSha256}
          </Text>
          <Text style={{ margin: '4px 0 12px' }}>
            <Link href={item.textUrl}>{t.readText}</Link>
          </Text>
        </Section>
      ))}
      <Text>{t.attached}</Text>
      <Text>
        <Link href={accountUrl}>{t.account}</Link>
      </Text>
    </EmailLayout>
  );
}
