import { useTranslations } from 'next-intl';
import { HistoryLink } from '@/components/versions/history-link';

export default function VersionNotFound() {
  const t = useTranslations('Versions');
  return (
    <div className="mx-auto max-w-xl px-6 py-24">
      <h1 className="text-2xl font-semibold text-ink">{t('notFoundTitle')}</h1>
      <p className="mt-4 text-ink-soft">{t('notFoundDescription')}</p>
      <p className="mt-6">
        <HistoryLink label={t('historyTitle')} />
      </p>
    </div>
  );
}
