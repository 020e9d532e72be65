import { Heading, Section, Text } from '@react-email/components';
import type { ReceiptBody } from '@/lib/ledger/receipt-format';
import { EmailLayout, headingStyle } from './email-layout';
import { emailStrings } from './strings';

const fact = { margin: '2px 0 12px', wordBreak: 'break-all' } as const;
const label = { margin: '12px 0 0', fontSize: '13px', color: '#57606a' } as const;

/** A person-readable certificate of one acceptance: the facts of its signed receipt, and how to check them. */
export function AcceptanceCertificate({ locale, receipt, person, verifyUrl }: { locale: string; receipt: ReceiptBody; person: string; verifyUrl: string }) {
  const t = emailStrings(locale).certificate;
  const { record, checkpoint } = receipt;
  const when = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(record.recordedAt));
  const facts: [string, string][] = [
    [t.who, person],
    [t.agreement, receipt.agreementTitle],
    [t.version, `${record.version} (${record.language})`],
    [t.fingerprint, record.contentSha256],
    [t.when, `${when} (${record.recordedAt})`],
    [t.how, t.methods[record.method] ?? record.method],
    [t.record, `#${record.seq} · ${record.id} · ${record.recordHash}`],
    [t.checkpoint, `${checkpoint.size} ${t.records} ${checkpoint.rootHash}`],
  ];
  return (
    <EmailLayout locale={locale} preview={t.title} footer={emailStrings(locale).footer}>
      <Heading as="h1" style={headingStyle}>
        {t.title}
      </Heading>
      <Text>{t.lead}</Text>
      <Section>
        {facts.map(([name, value]) => (
          <div key={name}>
            <Text style={label}>{name}</Text>
            <Text style={fact}>{value}</Text>
          </div>
        ))}
      </Section>
      <Heading as="h2" style={{ fontSize: '17px', margin: '24px 0 4px' }}>
        {t.verifyTitle}
      </Heading>
      <Text>{t.verify(verifyUrl)}</Text>
    </EmailLayout>
  );
}
