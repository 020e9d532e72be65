import { useTranslations } from 'next-intl';
import { EffectiveDate } from '@/components/versions/effective-date';
import { Link } from '@/components/ui/link';
import type { AgreementVersion } from '@/lib/content/types';
import { versionsHref } from '@/lib/versions/paths';
import { VERSION_FACTS_ID } from './version-facts';

/** The key facts at the top of the text: which version, in force since when, and where its downloads and history are. */
export function VersionSummary({ version }: { version: AgreementVersion }) {
  const t = useTranslations('VersionFacts');
  const { meta } = version.document;
  const link = 'font-medium text-accent underline underline-offset-4';
  return (
    <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 text-sm text-muted print:hidden">
      <p>
        {t('versionNamed', { version: meta.version })}
        <span aria-hidden="true"> · </span>
        {t.rich('inEffectSince', { date: () => <EffectiveDate meta={meta} /> })}
      </p>
      <p className="flex flex-wrap gap-x-4">
        <a href={`#${VERSION_FACTS_ID}`} className={link}>
          {t('downloadsAndHash')}
        </a>
        <Link href={versionsHref(version.slug)} className={link}>
          {t('history')}
        </Link>
      </p>
    </div>
  );
}
