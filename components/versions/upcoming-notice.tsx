import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { VersionEntry } from '@/lib/content/types';
import { compareHref, versionHref } from '@/lib/versions/paths';
import { EffectiveDate } from './effective-date';

/** On the version in force: a newer version has been published and takes effect later. */
export function UpcomingNotice({ slug, current, upcoming }: { slug: string; current: VersionEntry; upcoming: VersionEntry }) {
  const t = useTranslations('Versions');
  return (
    <div role="note" className="mb-6 rounded-lg border border-accent bg-accent-soft px-4 py-3 text-sm text-accent-strong print:hidden">
      <p className="font-semibold">{t.rich('upcomingNotice', { version: upcoming.meta.version, date: () => <EffectiveDate meta={upcoming.meta} /> })}</p>
      {upcoming.meta.summary && (
        <p className="mt-1" lang={upcoming.meta.language}>
          {upcoming.meta.summary}
        </p>
      )}
      <p className="mt-1 flex flex-wrap gap-x-4">
        <Link href={compareHref(slug, current.meta.version, upcoming.meta.version)} className="font-medium underline underline-offset-4">
          {t('compareVersions', { from: current.meta.version, to: upcoming.meta.version })}
        </Link>
        <Link href={versionHref(slug, upcoming.meta.version)} className="font-medium underline underline-offset-4">
          {t('read', { version: upcoming.meta.version })}
        </Link>
      </p>
    </div>
  );
}
