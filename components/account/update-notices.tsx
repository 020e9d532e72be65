import { useTranslations } from 'next-intl';
import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { Link } from '@/components/ui/link';
import type { AgreementStatus } from '@/lib/acceptance/status';
import type { VersionEntry } from '@/lib/content/types';
import { compareHref } from '@/lib/versions/paths';

export type MinorUpdate = { status: AgreementStatus; title: string; language: string; steps: VersionEntry[] };

type Props = { updates: MinorUpdate[]; locale: string; dismiss: FormAction };

/** Minor changes since the user's acceptance: announced, dismissible, and blocking nothing. */
export function UpdateNotices({ updates, locale, dismiss }: Props) {
  const t = useTranslations('UpdateNotice');
  return updates.map(({ status, title, language, steps }) => (
    <section
      key={status.agreement}
      aria-labelledby={`update-${status.agreement}`}
      className="mt-6 rounded-lg border border-accent bg-accent-soft p-4 text-sm text-accent-strong"
    >
      <h2 id={`update-${status.agreement}`} className="font-semibold">
        {t.rich('title', { version: status.currentVersion, agreement: () => <span lang={language}>{title}</span> })}
      </h2>
      <p className="mt-1">{t('explanation', { accepted: status.acceptedVersion ?? '' })}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {steps.map(({ meta }) => (
          <li key={meta.version} lang={meta.language}>
            {meta.version}: {meta.summary}
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        {status.acceptedVersion && (
          <Link href={compareHref(status.agreement, status.acceptedVersion, status.currentVersion)} className="font-medium underline underline-offset-4">
            {t('seeChanges')}
          </Link>
        )}
        <ActionForm action={dismiss}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="slug" value={status.agreement} />
          <input type="hidden" name="version" value={status.currentVersion} />
          <button type="submit" className="rounded-md border border-accent px-3 py-1 font-medium hover:bg-canvas">
            {t('dismiss')}
          </button>
        </ActionForm>
      </div>
    </section>
  ));
}
