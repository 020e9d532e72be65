import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { PrintButton } from '@/components/ui/print-button';
import type { CertificateFact } from '@/lib/acceptance/certificate-facts';
import type { ReceiptBody } from '@/lib/ledger/receipt-format';
import { versionHref } from '@/lib/versions/paths';

type Props = { receipt: ReceiptBody; facts: CertificateFact[]; receiptHref: string; pdfHref: string };

/**
 * One acceptance as a person reads it: who accepted which exact text, when and how, and where the
 * record sits in the ledger — the facts of the signed receipt — with how to check them.
 */
export function AcceptanceCertificate({ receipt, facts, receiptHref, pdfHref }: Props) {
  const t = useTranslations('Certificate');
  const { record } = receipt;
  const value = ({ key, value: text }: CertificateFact) => {
    if (key === 'agreement') {
      return (
        <Link href={versionHref(record.agreement, record.version)} lang={record.language} className="font-medium text-accent underline underline-offset-4">
          {text}
        </Link>
      );
    }
    if (key === 'when') return <time dateTime={record.recordedAt}>{text}</time>;
    if (key === 'fingerprint' || key === 'recordHash') return <code className="break-all font-mono text-sm">{text}</code>;
    return <span className="break-all">{text}</span>;
  };
  return (
    <article aria-labelledby="certificate-title" className="rounded-xl border border-line p-6 sm:p-10 print:border-0 print:p-0">
      <h1 id="certificate-title" className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">
        {t('title')}
      </h1>
      <p className="mt-3 text-ink-soft">{t('lead')}</p>
      <dl className="mt-8 grid gap-x-6 gap-y-4 sm:grid-cols-[14rem_minmax(0,1fr)]">
        {facts.map((fact) => (
          <div key={fact.key} className="contents">
            <dt className="text-sm font-medium text-muted">{fact.label}</dt>
            <dd className="-mt-3 text-ink sm:mt-0">{value(fact)}</dd>
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
        <a href={pdfHref} download className="rounded-lg border border-line px-4 py-2 font-medium text-ink-soft hover:bg-panel hover:text-ink">
          {t('downloadPdf')}
        </a>
        <Link href="/verify" className="rounded-lg border border-line px-4 py-2 font-medium text-ink-soft hover:bg-panel hover:text-ink">
          {t('verify')}
        </Link>
        <PrintButton label={t('print')} />
      </p>
    </article>
  );
}
