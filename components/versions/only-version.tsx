import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { versionHref, versionsHref } from '@/lib/versions/paths';

/** Compare, for an agreement with a single published version: nothing is wrong, there is just nothing to compare yet. */
export function OnlyVersion({ slug, version }: { slug: string; version: string }) {
  const t = useTranslations('Compare');
  const link = 'font-medium text-accent underline underline-offset-4';
  return (
    <section aria-labelledby="only-version" className="mt-6 rounded-lg border border-line bg-panel p-4">
      <h2 id="only-version" className="font-semibold text-ink">
        {t('onlyVersionTitle')}
      </h2>
      <p className="mt-1 text-ink-soft">{t('tooFewVersions')}</p>
      <p className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <Link href={versionHref(slug, version)} className={link}>
          {t('readOnlyVersion', { version })}
        </Link>
        <Link href={versionsHref(slug)} className={link}>
          {t('seeHistory')}
        </Link>
      </p>
    </section>
  );
}
