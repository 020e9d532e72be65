import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getAcceptancesOf } from '@/lib/acceptance/acceptances';
import type { AcceptanceMethod } from '@/lib/ledger/records';
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

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ created?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Account' });
  return { title: t('title'), robots: { index: false } };
}

const METHOD_KEYS = { 'signup-checkbox': 'methodSignupCheckbox', 're-acceptance': 'methodReAcceptance', api: 'methodApi' } as const satisfies Record<
  AcceptanceMethod,
  string
>;

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
              <li key={acceptance.id} className="rounded-lg border border-line p-4">
                <h3 className="font-semibold text-ink" lang={acceptance.language}>
                  {text?.document.meta.title ?? acceptance.agreement}
                </h3>
                <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm text-ink-soft">
                  <dt className="font-medium">{t('version')}</dt>
                  <dd>{acceptance.version}</dd>
                  <dt className="font-medium">{t('acceptedAt')}</dt>
                  <dd>
                    <time dateTime={acceptance.recordedAt.toISOString()}>
                      {format.dateTime(acceptance.recordedAt, { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' })}
                    </time>
                  </dd>
                  <dt className="font-medium">{t('method')}</dt>
                  <dd>{t(METHOD_KEYS[acceptance.method])}</dd>
                  <dt className="font-medium">{t('sha256')}</dt>
                  <dd className="break-all font-mono text-xs">{acceptance.contentSha256}</dd>
                  <dt className="font-medium">{t('recordId')}</dt>
                  <dd className="break-all font-mono text-xs">
                    #{acceptance.seq} · {acceptance.id}
                  </dd>
                </dl>
                <p className="mt-3 flex flex-wrap gap-4 text-sm">
                  {text && (
                    <a href={downloadPath(acceptance.agreement, text.fileStem, 'txt')} className="font-medium text-accent underline">
                      {t('readText')}
                    </a>
                  )}
                  <a href={`/api/receipts/${acceptance.id}`} download className="font-medium text-accent underline">
                    {t('receipt')}
                  </a>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
