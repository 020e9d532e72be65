import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('NotFound');
  return (
    <div className="mx-auto max-w-xl px-6 py-24">
      <h1 className="text-2xl font-semibold text-ink">{t('title')}</h1>
      <p className="mt-4 text-ink-soft">{t('description')}</p>
      <p className="mt-6">
        <Link className="font-medium text-accent underline underline-offset-4" href="/">
          {t('back')}
        </Link>
      </p>
    </div>
  );
}
