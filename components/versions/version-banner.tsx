import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { VersionEntry } from '@/lib/content/types';
import { compareHref } from '@/lib/versions/paths';
import { EffectiveDate } from './effective-date';

type Props = { slug: string; shown: VersionEntry; current: VersionEntry | undefined };

/** Says which version a historical page shows, and how it stands to the one in force. */
export function VersionBanner({ slug, shown, current }: Props) {
  const t = useTranslations('Versions');
  const link = 'font-medium underline underline-offset-4';
  if (shown.status === 'current' || !current) {
    return (
      <p role="note" className="mb-6 rounded-lg border border-line bg-panel px-4 py-3 text-sm text-ink-soft">
        {t('bannerCurrent', { version: shown.meta.version })}{' '}
        <Link href={`/agreements/${slug}`} className={link}>
          {t('readCurrent')}
        </Link>
      </p>
    );
  }
  const [older, newer] = shown.status === 'upcoming' ? [current, shown] : [shown, current];
  return (
    <div role="note" className="mb-6 rounded-lg border-2 border-accent bg-accent-soft px-4 py-3 text-sm text-accent-strong">
      <p className="font-semibold">
        {shown.status === 'upcoming'
          ? t.rich('bannerUpcoming', { version: shown.meta.version, date: () => <EffectiveDate meta={shown.meta} /> })
          : t('bannerSuperseded', { version: shown.meta.version })}
      </p>
      <p className="mt-1">
        {t('bannerCurrentIs', { version: current.meta.version })}{' '}
        <Link href={`/agreements/${slug}`} className={link}>
          {t('readCurrent')}
        </Link>
        {' · '}
        <Link href={compareHref(slug, older.meta.version, newer.meta.version)} className={link}>
          {t('compareVersions', { from: older.meta.version, to: newer.meta.version })}
        </Link>
      </p>
    </div>
  );
}
