import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ReacceptForm } from '@/components/account/reaccept-form';
import { SignOutButton } from '@/components/account/sign-out-button';
import { OwedAgreement } from '@/components/versions/owed-agreement';
import { getAcceptanceStatuses } from '@/lib/acceptance/account-gate';
import { agreementsToAccept } from '@/lib/acceptance/agreements-to-accept';
import { safeReturnPath } from '@/lib/auth/return-path';
import { clickwrapWording } from '@/lib/clickwrap/wording';
import { getSignedInUser } from '@/lib/auth/session';
import { compareVersions } from '@/lib/versions/comparison';
import { signOut } from '../account/actions';
import { reaccept } from './actions';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[] }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Reaccept' });
  return { title: t('title'), robots: { index: false } };
}

/** The interstitial: a signed-in user who owes an acceptance sees what changed and accepts before going on. */
export default async function ReacceptPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const next = safeReturnPath((await searchParams).next, locale);
  const user = await getSignedInUser();
  if (!user) redirect(`/${locale}/signin`);
  const statuses = await getAcceptanceStatuses(user.id);
  const owed = agreementsToAccept(locale).flatMap((agreement) => {
    const status = statuses.find((candidate) => candidate.agreement === agreement.slug && candidate.acceptanceRequired);
    return status ? [{ agreement, status }] : [];
  });
  if (owed.length === 0) redirect(next);
  const t = await getTranslations('Reaccept');
  const wording = await clickwrapWording(locale, 'reacceptance');

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-ink-soft">{t('intro')}</p>
      {owed.map(({ agreement, status }) => (
        <OwedAgreement
          key={agreement.slug}
          slug={agreement.slug}
          title={agreement.title}
          language={agreement.language}
          status={status}
          comparison={status.acceptedVersion ? compareVersions(agreement.slug, status.acceptedVersion, status.currentVersion, locale) : null}
        />
      ))}
      <ReacceptForm
        action={reaccept}
        locale={locale}
        next={next}
        agreements={owed.map(({ agreement }) => ({
          ...agreement,
          acceptLabel: wording.checkbox(agreement),
          readLabel: t('readLink', { title: agreement.navTitle }),
          mustAccept: t('mustAccept', { title: agreement.title }),
          changed: t('agreementChanged', { title: agreement.title, version: agreement.version }),
        }))}
        labels={{ legend: t('legend'), submit: wording.button, errorSummary: t('errorSummary'), unexpected: t('unexpected') }}
      />
      <div className="mt-6">
        <SignOutButton action={signOut} locale={locale} label={t('signOutInstead')} look="link" />
      </div>
    </div>
  );
}
