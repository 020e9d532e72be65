import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/ui/message-page';
import { HistoryLink } from '@/components/versions/history-link';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Versions');
  return { title: t('notFoundTitle') };
}

export default function VersionNotFound() {
  const t = useTranslations('Versions');
  return (
    <MessagePage title={t('notFoundTitle')} description={t('notFoundDescription')}>
      <HistoryLink label={t('historyTitle')} />
    </MessagePage>
  );
}
