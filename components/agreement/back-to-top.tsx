'use client';

import { useSyncExternalStore } from 'react';

/** Further down than this many screens, the way back up is offered. */
const SCREENS_DOWN = 2;

const subscribe = (onChange: () => void) => {
  window.addEventListener('scroll', onChange, { passive: true });
  window.addEventListener('resize', onChange);
  return () => {
    window.removeEventListener('scroll', onChange);
    window.removeEventListener('resize', onChange);
  };
};

/**
 * A way back to the top (where the contents are) deep in a long text, floating at the bottom corner
 * once the reader is a few screens down. A plain link to the page's main content, so the browser moves
 * focus there too; on the server and without JavaScript it is not shown.
 */
export function BackToTop({ label, targetId }: { label: string; targetId: string }) {
  const shown = useSyncExternalStore(subscribe, () => window.scrollY > SCREENS_DOWN * window.innerHeight, () => false);
  return (
    <a
      href={`#${targetId}`}
      hidden={!shown}
      className="fixed right-4 bottom-4 z-30 inline-flex items-center gap-1.5 rounded-full border border-line bg-canvas/95 px-4 py-2 text-sm font-medium text-ink shadow-md backdrop-blur hover:bg-panel print:hidden"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d="M10 16V4M5 9l5-5 5 5" />
      </svg>
      {label}
    </a>
  );
}
