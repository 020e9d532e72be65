import { useTranslations } from 'next-intl';
import { MessagePage } from '@/components/ui/message-page';
import { HistoryLink } from '@/components/versions/history-link';

export default function VersionNotFound() {
  const t = useTranslations('Versions');
  return (
    <MessagePage title={t('notFoundTitle')} description={t('notFoundDescription')}>
      <HistoryLink label={t('historyTitle')} />
    </MessagePage>
  );
}
