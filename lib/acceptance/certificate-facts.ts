import 'server-only';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReceiptBody } from '@/lib/ledger/receipt-format';
import { methodMessageKey } from './method-message';

export type CertificateFactKey = 'who' | 'agreement' | 'version' | 'fingerprint' | 'when' | 'how' | 'record' | 'recordHash' | 'checkpoint';
export interface CertificateFact {
  key: CertificateFactKey;
  label: string;
  value: string;
}

/** The facts a certificate states, in `locale`: the same list on its page and in its PDF. */
export async function certificateFacts(receipt: ReceiptBody, person: string, locale: Locale): Promise<CertificateFact[]> {
  const [t, tAccount, format] = await Promise.all([getTranslations({ locale, namespace: 'Certificate' }), getTranslations({ locale, namespace: 'Account' }), getFormatter({ locale })]);
  const { record, checkpoint } = receipt;
  const method = methodMessageKey(record.method);
  const values: Record<CertificateFactKey, string> = {
    who: person,
    agreement: receipt.agreementTitle,
    version: record.version,
    fingerprint: record.contentSha256,
    when: format.dateTime(new Date(record.recordedAt), { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }),
    how: method ? tAccount(method) : record.method,
    record: t('recordValue', { seq: record.seq, id: record.id }),
    recordHash: record.recordHash,
    checkpoint: t('checkpointValue', { size: checkpoint.size, root: checkpoint.rootHash }),
  };
  return (Object.keys(values) as CertificateFactKey[]).map((key) => ({ key, label: t(key), value: values[key] }));
}
