'use client';

import { useSyncExternalStore } from 'react';

type Props = { targetId: string; enterLabel: string; shortLabel: string; exitLabel: string };

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};

/**
 * Shows the document in full screen with the Fullscreen API. Absent where the API is missing (iPhone
 * Safari) and on the server, so a page without JavaScript offers nothing that cannot work; it appears
 * at the end of the toolbar's row, moving nothing. On phones its label is short (the long one
 * contains it). Esc also leaves.
 */
export function FullscreenButton({ targetId, enterLabel, shortLabel, exitLabel }: Props) {
  const supported = useSyncExternalStore(subscribe, () => document.fullscreenEnabled, () => false);
  const active = useSyncExternalStore(subscribe, () => document.fullscreenElement?.id === targetId, () => false);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.getElementById(targetId)?.requestFullscreen();
  };

  return (
    <button
      type="button"
      onClick={toggle}
      hidden={!supported}
      className="inline-flex items-center gap-2 whitespace-nowrap rounded-lg border border-line px-3 py-1.5 text-sm font-medium text-ink-soft hover:bg-panel hover:text-ink print:hidden"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
        {active ? (
          <path d="M8 3v5H3M12 3v5h5M8 17v-5H3M12 17v-5h5" strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <path d="M3 8V3h5M17 8V3h-5M3 12v5h5M17 12v5h-5" strokeLinecap="round" strokeLinejoin="round" />
        )}
      </svg>
      {active ? (
        exitLabel
      ) : (
        <>
          <span className="sm:hidden">{shortLabel}</span>
          <span className="hidden sm:inline">{enterLabel}</span>
        </>
      )}
    </button>
  );
}
