import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

/** What anyone but an administrator gets from the console: a 403 and nothing of its contents. */
export default function AdminForbidden() {
  const t = useTranslations('Admin');
  return (
    <div className="mx-auto max-w-xl px-6 py-24">
      <h1 className="text-2xl font-semibold text-ink">{t('forbiddenTitle')}</h1>
      <p className="mt-4 text-ink-soft">{t('forbiddenDescription')}</p>
      <p className="mt-6">
        <Link className="font-medium text-accent underline underline-offset-4" href="/">
          {t('forbiddenBack')}
        </Link>
      </p>
    </div>
  );
}
