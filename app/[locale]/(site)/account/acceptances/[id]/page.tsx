import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { AcceptanceCertificate } from '@/components/account/acceptance-certificate';
import { Link } from '@/components/ui/link';
import { MessagePage } from '@/components/ui/message-page';
import { signInPath } from '@/lib/auth/return-path';
import { getSignedInUser } from '@/lib/auth/session';
import { agreementTitleOf } from '@/lib/content/agreement-titles';
import { getDatabase } from '@/lib/db/database';
import { issueReceipt } from '@/lib/ledger/receipts';
import { logger } from '@/lib/log/logger';
import { serverSecret } from '@/lib/secret';

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
  const recordId = z.uuid().safeParse(id);
  if (!recordId.success) notFound();
  const issued = await issueReceipt(await getDatabase(), serverSecret(), recordId.data, user.id, agreementTitleOf());
  // Someone else's record answers as no record at all.
  if (issued.status === 'not-found') notFound();
  const t = await getTranslations('Certificate');
  const back = (
    <Link href="/account" className="font-medium text-accent underline underline-offset-4">
      {t('back')}
    </Link>
  );
  if (issued.status === 'tampered') {
    logger.error({ recordId: recordId.data }, 'a certificate was asked for a record that no longer verifies in the ledger');
    return <MessagePage title={t('alteredTitle')} description={t('alteredDescription')}>{back}</MessagePage>;
  }
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="mb-6 text-sm print:hidden">{back}</p>
      <AcceptanceCertificate receipt={issued.document.receipt} person={user.email} receiptHref={`/api/receipts/${recordId.data}`} />
    </div>
  );
}
