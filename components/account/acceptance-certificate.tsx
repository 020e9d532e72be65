import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Link } from '@/components/ui/link';
import { PrintButton } from '@/components/ui/print-button';
import type { ReceiptBody } from '@/lib/ledger/receipt-format';
import { versionHref } from '@/lib/versions/paths';
import { MethodName } from './method-name';

type Props = { receipt: ReceiptBody; person: string; receiptHref: string };

/**
 * One acceptance as a person reads it: who accepted which exact text, when and how, and where the
 * record sits in the ledger — the facts of the signed receipt — with how to check them.
 */
export function AcceptanceCertificate({ receipt, person, receiptHref }: Props) {
  const t = useTranslations('Certificate');
  const format = useFormatter();
  const { record, checkpoint } = receipt;
  const facts: [string, ReactNode][] = [
    [t('who'), person],
    [
      t('agreement'),
      <Link key="agreement" href={versionHref(record.agreement, record.version)} lang={record.language} className="font-medium text-accent underline underline-offset-4">
        {receipt.agreementTitle}
      </Link>,
    ],
    [t('version'), record.version],
    [t('fingerprint'), <code key="sha" className="break-all font-mono text-sm">{record.contentSha256}</code>],
    [
      t('when'),
      <time key="when" dateTime={record.recordedAt}>
        {format.dateTime(new Date(record.recordedAt), { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' })}
      </time>,
    ],
    [t('how'), <MethodName key="how" method={record.method} />],
    [t('record'), <span key="record" className="break-all">{t('recordValue', { seq: record.seq, id: record.id })}</span>],
    [t('recordHash'), <code key="hash" className="break-all font-mono text-sm">{record.recordHash}</code>],
    [t('checkpoint'), <span key="checkpoint" className="break-all">{t('checkpointValue', { size: checkpoint.size, root: checkpoint.rootHash })}</span>],
  ];
  return (
    <article aria-labelledby="certificate-title" className="rounded-xl border border-line p-6 sm:p-10 print:border-0 print:p-0">
      <h1 id="certificate-title" className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">
        {t('title')}
      </h1>
      <p className="mt-3 text-ink-soft">{t('lead')}</p>
      <dl className="mt-8 grid gap-x-6 gap-y-4 sm:grid-cols-[14rem_minmax(0,1fr)]">
        {facts.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-sm font-medium text-muted">{name}</dt>
            <dd className="-mt-3 text-ink sm:mt-0">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-10 text-lg font-semibold text-ink">{t('checkTitle')}</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-ink-soft">
        <li>{t('checkDownload')}</li>
        <li>{t('checkVerify')}</li>
      </ol>
      <p className="mt-6 flex flex-wrap items-center gap-3 print:hidden">
        <a href={receiptHref} download className="rounded-lg bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent-strong">
          {t('download')}
        </a>
        <Link href="/verify" className="rounded-lg border border-line px-4 py-2 font-medium text-ink-soft hover:bg-panel hover:text-ink">
          {t('verify')}
        </Link>
        <PrintButton label={t('print')} />
      </p>
    </article>
  );
}
