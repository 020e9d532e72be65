import { useTranslations } from 'next-intl';
import type { ReadingMode } from '@/lib/reader/reading-mode';
import { FullscreenButton } from './fullscreen-button';
import { ReadingModeSwitch } from './reading-mode-switch';

export const READER_ID = 'reader';

/** Reading controls above the text: mode switch and full screen. */
export function ReaderToolbar({ mode, pagePath }: { mode: ReadingMode; pagePath: string }) {
  const t = useTranslations('ReadingMode');
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
      <ReadingModeSwitch mode={mode} action={pagePath} />
      <FullscreenButton targetId={READER_ID} enterLabel={t('enterFullscreen')} shortLabel={t('fullscreenShort')} exitLabel={t('exitFullscreen')} />
    </div>
  );
}
