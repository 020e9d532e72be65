import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AcceptanceCertificate } from '@/components/account/acceptance-certificate';
import { Link } from '@/components/ui/link';
import { MessagePage } from '@/components/ui/message-page';
import { certificatePdfPath, ownReceipt } from '@/lib/acceptance/own-receipt';
import { certificateFacts } from '@/lib/acceptance/certificate-facts';
import { signInPath } from '@/lib/auth/return-path';
import { getSignedInUser } from '@/lib/auth/session';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Certificate' });
  return { title: t('title'), robots: { index: false } };
}

/** The certificate of one of the signed-in person's acceptances: the signed receipt's facts, for people. */
export default async function CertificatePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getSignedInUser();
  if (!user) redirect(signInPath(locale, `/${locale}/account/acceptances/${encodeURIComponent(id)}`));
  const certificate = await ownReceipt(id, user.id);
  if (certificate.status === 'not-found') notFound();
  const t = await getTranslations('Certificate');
  const back = (
    <Link href="/account" className="font-medium text-accent underline underline-offset-4">
      {t('back')}
    </Link>
  );
  if (certificate.status === 'tampered') return <MessagePage title={t('alteredTitle')} description={t('alteredDescription')}>{back}</MessagePage>;
  const { recordId } = certificate;
  const { receipt } = certificate.document;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="mb-6 text-sm print:hidden">{back}</p>
      <AcceptanceCertificate
        receipt={receipt}
        facts={await certificateFacts(receipt, user.email, locale)}
        receiptHref={`/api/receipts/${recordId}`}
        pdfHref={certificatePdfPath(locale, recordId)}
      />
    </div>
  );
}
