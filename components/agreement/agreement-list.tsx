import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { AgreementSummary } from '@/lib/content/agreements';

export function AgreementList({ agreements }: { agreements: AgreementSummary[] }) {
  const t = useTranslations('HomePage');
  const locale = useLocale();
  const languageName = (language: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  return (
    <ul className="mt-10 grid gap-6 md:grid-cols-2">
      {agreements.map(({ slug, current }) => (
        <li key={slug} className="relative flex flex-col rounded-xl border border-line p-6 shadow-sm transition hover:border-accent hover:shadow-md has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent">
          <h2 className="text-lg font-semibold text-ink" lang={current.language}>
            <Link href={`/agreements/${slug}`} className="after:absolute after:inset-0 focus-visible:outline-none">
              {current.title}
            </Link>
          </h2>
          <p className="mt-2 text-sm text-muted">
            {t('lastUpdated')}
            <time dateTime={current.lastUpdated.replace(' ', 'T')}>{current.lastUpdated}</time>
          </p>
          <p className="mt-3 flex-1 text-ink-soft" lang={current.language}>
            {current.description}
          </p>
          {current.language !== locale && (
            <p className="mt-3 self-start rounded-full border border-line px-2.5 py-0.5 text-xs font-medium text-muted">
              {t('onlyIn', { language: languageName(current.language) })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
