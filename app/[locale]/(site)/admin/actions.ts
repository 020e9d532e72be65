'use server';

import { redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { logAdminAction } from '@/lib/admin/audit-log';
import { erasePersonalData } from '@/lib/admin/erasure';
import { getRecord } from '@/lib/admin/records';
import { requireAdmin } from '@/lib/admin/require-admin';
import { startVerification } from '@/lib/admin/verification-job';
import { getDatabase } from '@/lib/db/database';

const localeOf = (formData: FormData) => {
  const requested = formData.get('locale');
  return hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
};

const eraseSchema = z.object({ seq: z.coerce.number().int().positive(), confirm: z.literal('yes') });

/**
 * Erases the personal data of the user behind a record (all their records), once the operator has
 * confirmed; the erasure is logged without the data it removed.
 */
export async function eraseUserData(_state: null, formData: FormData): Promise<null> {
  const locale = localeOf(formData);
  const admin = await requireAdmin(locale);
  const parsed = eraseSchema.safeParse({ seq: formData.get('seq'), confirm: formData.get('confirm') });
  const seq = Number(formData.get('seq'));
  if (!parsed.success) redirect(`/${locale}/admin/records/${Number.isSafeInteger(seq) && seq > 0 ? seq : 1}?erase=unconfirmed`);
  const db = await getDatabase();
  const record = await getRecord(db, parsed.data.seq);
  if (!record) redirect(`/${locale}/admin`);
  const erased = await erasePersonalData(db, record.userId);
  await logAdminAction(db, admin.id, 'erasure', { userId: record.userId, fromRecord: record.seq, recordsErased: erased });
  redirect(`/${locale}/admin/records/${record.seq}?erased=${erased}`);
}

/** Starts a full verification in the background (its result goes to the audit log) and shows its progress. */
export async function runVerification(_state: null, formData: FormData): Promise<null> {
  const locale = localeOf(formData);
  const admin = await requireAdmin(locale);
  const job = await startVerification(await getDatabase(), admin.id);
  redirect(`/${locale}/admin/verify?job=${job.id}`);
}
