import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { ComparisonProblem } from '@/lib/versions/comparison';
import { compareHref, versionsHref } from '@/lib/versions/paths';

/** Why the requested comparison cannot be shown, and the way out (a single version is OnlyVersion's). */
export function CompareProblem({ slug, problem }: { slug: string; problem: Exclude<ComparisonProblem, { kind: 'too-few-versions' }> }) {
  const t = useTranslations('Compare');
  const link = 'font-medium text-accent underline underline-offset-4';
  let message: string;
  switch (problem.kind) {
    case 'unknown-version':
      message = t(problem.field === 'from' ? 'unknownFrom' : 'unknownTo', { version: problem.value });
      break;
    case 'same-version':
      message = t('sameVersion', { version: problem.version });
      break;
    case 'from-newer':
      message = t('fromNewer', { from: problem.from, to: problem.to });
  }
  return (
    <div role="alert" className="mt-6 rounded-lg border-2 border-red-700 p-4 dark:border-red-400">
      <h2 className="font-semibold text-ink">{t('problemTitle')}</h2>
      <p className="mt-1 text-ink-soft">{message}</p>
      <p className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {problem.kind === 'from-newer' && (
          <Link href={compareHref(slug, problem.to, problem.from)} className={link}>
            {t('swap', { from: problem.to, to: problem.from })}
          </Link>
        )}
        <Link href={versionsHref(slug)} className={link}>
          {t('seeHistory')}
        </Link>
      </p>
    </div>
  );
}
