import { useTranslations } from 'next-intl';
import { EffectiveDate } from '@/components/versions/effective-date';
import { Link } from '@/components/ui/link';
import { downloadPath } from '@/lib/content/downloads';
import type { AgreementVersion } from '@/lib/content/types';
import { versionsHref } from '@/lib/versions/paths';

/** The id of the facts box, which the summary at the top of the text links to. */
export const VERSION_FACTS_ID = 'version-facts';

/** The identity of the version on screen — what an acceptance record points at — and its downloads. */
export function VersionFacts({ version }: { version: AgreementVersion }) {
  const { slug, fileStem, sha256, document: { meta } } = version;
  const t = useTranslations('VersionFacts');
  return (
    <section id={VERSION_FACTS_ID} aria-labelledby="version-facts-title" className="mt-10 scroll-mt-20 max-w-3xl rounded-lg border border-line bg-panel p-4 text-sm print:hidden">
      <h2 id="version-facts-title" className="font-semibold text-ink">
        {t('title')}
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-ink-soft">
        <dt className="font-medium">{t('version')}</dt>
        <dd>{meta.version}</dd>
        <dt className="font-medium">{t('effective')}</dt>
        <dd>
          <EffectiveDate meta={meta} />
        </dd>
        <dt className="font-medium">{t('sha256')}</dt>
        <dd>
          <code className="break-all font-mono text-xs text-ink">{sha256}</code>
        </dd>
        <dt className="font-medium">{t('download')}</dt>
        <dd className="flex flex-wrap gap-3">
          <a href={downloadPath(slug, fileStem, 'pdf')} download className="font-medium text-accent underline underline-offset-4">
            {t('downloadPdf')}
          </a>
          <a href={downloadPath(slug, fileStem, 'txt')} download className="font-medium text-accent underline underline-offset-4">
            {t('downloadText')}
          </a>
          <a href={downloadPath(slug, fileStem, 'md')} download className="font-medium text-accent underline underline-offset-4">
            {t('downloadMarkdown')}
          </a>
        </dd>
      </dl>
      <p className="mt-3 text-xs text-muted">{t('sha256Help')}</p>
      <p className="mt-3">
        <Link href={versionsHref(slug)} className="font-medium text-accent underline underline-offset-4">
          {t('history')}
        </Link>
      </p>
    </section>
  );
}
