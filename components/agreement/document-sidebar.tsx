import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { AgreementSummary } from '@/lib/content/agreements';

type Props = { agreements: AgreementSummary[]; currentSlug: string };

/** Every agreement, the one being read marked. */
export function DocumentLinks({ agreements, currentSlug }: Props) {
  return (
    <ul className="space-y-1">
      {agreements.map((agreement) => {
        const current = agreement.slug === currentSlug;
        return (
          <li key={agreement.slug}>
            <Link
              href={`/agreements/${agreement.slug}`}
              aria-current={current ? 'page' : undefined}
              lang={agreement.current.language}
              className={`block rounded-md px-3 py-2 ${
                current ? 'bg-accent-soft font-medium text-accent-strong' : 'text-ink-soft hover:bg-panel hover:text-ink'
              }`}
            >
              {agreement.current.navTitle}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The list of agreements as a column on wide screens (on narrower ones it is in the contents menu). */
export function DocumentSidebar(props: Props) {
  const t = useTranslations('DocumentSidebar');
  return (
    <nav aria-label={t('label')} className="hidden text-sm lg:sticky lg:top-20 lg:col-start-1 lg:row-start-1 lg:block lg:self-start print:hidden">
      <h2 className="mb-3 font-semibold text-ink">{t('title')}</h2>
      <DocumentLinks {...props} />
    </nav>
  );
}
