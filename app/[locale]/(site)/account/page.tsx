import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getAcceptancesOf } from '@/lib/acceptance/acceptances';
import { MethodName } from '@/components/account/method-name';
import { SignOutButton } from '@/components/account/sign-out-button';
import { UpdateNotices } from '@/components/account/update-notices';
import { Link } from '@/components/ui/link';
import { isAdmin } from '@/lib/admin/operators';
import { env } from '@/lib/env';
import { getDatabase } from '@/lib/db/database';
import { requireAgreedUser } from '@/lib/acceptance/account-gate';
import { undismissedMinorChanges } from '@/lib/acceptance/notice-dismissals';
import { getText, getVersionForReader, getVersionHistory } from '@/lib/content/agreements';
import { downloadPath } from '@/lib/content/downloads';
import { dismissUpdateNotice, signOut } from './actions';
import { Notice } from '@/components/ui/notice';
import { Disclosure } from '@/components/ui/disclosure';
import { versionHref } from '@/lib/versions/paths';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ created?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Account' });
  return { title: t('title'), robots: { index: false } };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user, statuses } = await requireAgreedUser(locale, `/${locale}/account`);
  const [t, format, acceptances, minorChanges] = await Promise.all([
    getTranslations('Account'),
    getFormatter(),
    getAcceptancesOf(user.id),
    undismissedMinorChanges(statuses),
  ]);
  const operator = await isAdmin(await getDatabase(), user.id);
  const updates = minorChanges.map((status) => {
    const current = getVersionForReader(status.agreement, status.currentVersion, locale);
    return {
      status,
      title: current?.document.meta.title ?? status.agreement,
      language: current?.document.meta.language ?? locale,
      steps: getVersionHistory(status.agreement).filter((entry) => status.versionsSinceAccepted.includes(entry.meta.version)),
    };
  });

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight text-ink">{t('title')}</h1>
          <p className="mt-2 text-ink-soft">
            {t('signedInAs', { email: user.email })}
            {env().mail && ` · ${user.emailVerified ? t('addressConfirmed') : t('addressNotConfirmed')}`}
          </p>
          {operator && (
            <p className="mt-2">
              <Link href="/admin" className="font-medium text-accent underline underline-offset-4">
                {t('console')}
              </Link>
            </p>
          )}
        </div>
        <SignOutButton action={signOut} locale={locale} label={t('signOut')} look="button" />
      </div>
      {(await searchParams).created === '1' && (
        <Notice status className="mt-6">
          {t('created')} {env().mail && t('copyOnItsWay', { email: user.email })}
        </Notice>
      )}
      <UpdateNotices updates={updates} locale={locale} dismiss={dismissUpdateNotice} />
      <h2 className="mt-10 text-xl font-semibold text-ink">{t('acceptancesTitle')}</h2>
      {acceptances.length === 0 ? (
        <p className="mt-4 text-ink-soft">{t('none')}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {acceptances.map((acceptance) => {
            const text = getText(acceptance.agreement, acceptance.version, acceptance.language);
            return (
              <li key={acceptance.id} className="rounded-lg border border-line p-4 sm:p-5">
                <h3 className="font-semibold text-ink" lang={acceptance.language}>
                  {text?.document.meta.title ?? acceptance.agreement}
                </h3>
                <p className="mt-1 text-ink-soft">
                  {t.rich('acceptedOn', {
                    version: acceptance.version,
                    date: () => (
                      <time dateTime={acceptance.recordedAt.toISOString()}>
                        {format.dateTime(acceptance.recordedAt, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })} UTC
                      </time>
                    ),
                  })}
                </p>
                <p className="text-sm text-muted">{t.rich('howAccepted', { method: () => <MethodName method={acceptance.method} /> })}</p>
                <p className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
                  <Link href={versionHref(acceptance.agreement, acceptance.version)} className="font-medium text-accent underline underline-offset-4">
                    {t('readVersion')}
                  </Link>
                  <Link href={`/account/acceptances/${acceptance.id}`} className="font-medium text-accent underline underline-offset-4">
                    {t('certificate')}
                  </Link>
                  <a href={`/api/receipts/${acceptance.id}`} download className="font-medium text-accent underline underline-offset-4">
                    {t('receipt')}
                  </a>
                </p>
                <Disclosure summary={t('evidence')} className="mt-4 text-sm">
                  <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 px-2 text-ink-soft">
                    <dt className="font-medium">{t('sha256')}</dt>
                    <dd className="break-all font-mono text-xs">{acceptance.contentSha256}</dd>
                    <dt className="font-medium">{t('recordId')}</dt>
                    <dd className="break-all font-mono text-xs">
                      #{acceptance.seq} · {acceptance.id}
                    </dd>
                    {text && (
                      <>
                        <dt className="font-medium">{t('textFile')}</dt>
                        <dd>
                          <a href={downloadPath(acceptance.agreement, text.fileStem, 'txt')} className="font-medium text-accent underline">
                            {t('readText')}
                          </a>
                        </dd>
                      </>
                    )}
                  </dl>
                  <p className="mt-3 px-2 text-xs text-muted">{t('evidenceHelp')}</p>
                </Disclosure>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
