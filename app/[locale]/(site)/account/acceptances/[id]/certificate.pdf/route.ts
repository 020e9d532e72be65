import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { problem } from '@/lib/api/problem';
import { ownReceipt } from '@/lib/acceptance/own-receipt';
import { certificateFacts } from '@/lib/acceptance/certificate-facts';
import { getSignedInUser } from '@/lib/auth/session';
import { certificatePdf } from '@/lib/pdf/certificate-pdf';

type Context = { params: Promise<{ locale: string; id: string }> };

/** The certificate of one of the signed-in person's acceptances, as a PDF in the page's language. */
export async function GET(_request: Request, { params }: Context) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return problem(404, 'Not found', 'There is no such certificate.');
  const user = await getSignedInUser();
  if (!user) return problem(401, 'Sign in first', 'Certificates are available to the person who accepted.');
  const certificate = await ownReceipt(id, user.id);
  if (certificate.status === 'not-found') return problem(404, 'Not found', 'There is no such certificate.');
  if (certificate.status === 'tampered') {
    return problem(409, 'Record altered', 'This acceptance record no longer matches the ledger as it was written, so no certificate can be made for it. The operator has been alerted.');
  }
  const [t, tPdf] = await Promise.all([getTranslations({ locale, namespace: 'Certificate' }), getTranslations({ locale, namespace: 'Pdf' })]);
  const { receipt } = certificate.document;
  const pdf = await certificatePdf(receipt, {
    language: locale,
    title: t('title'),
    lead: t('lead'),
    facts: (await certificateFacts(receipt, user.email, locale)).map(({ label, value }) => [label, value]),
    checkTitle: t('checkTitle'),
    checkSteps: [t('checkDownload'), t('checkVerify')],
    page: (page, pages) => tPdf('page', { page, pages }),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="accord-certificate-${receipt.record.seq}.pdf"`,
      'cache-control': 'no-store',
    },
  });
}
