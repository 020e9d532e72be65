'use client';

import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import type { SearchDialogStrings } from './search-dialog-strings';

const importDialog = () => import('./search-dialog');
const SearchDialog = lazy(() => importDialog().then((module) => ({ default: module.SearchDialog })));

// A field in a dialog that has just closed (focus not yet moved back) is not where anyone is typing.
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  !target.closest('dialog:not([open])') &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

type Props = { locale: string; strings: SearchDialogStrings };

/**
 * Search from any page: a link to the search page that, once the page is interactive, opens the
 * dialog instead, as do Ctrl/Cmd+K and "/". The dialog's code is fetched on first use (warmed when a
 * pointer or focus reaches the link), never with the page.
 */
export function SearchTrigger({ locale, strings }: Props) {
  const currentSlug = /^\/[^/]+\/agreements\/([a-z0-9-]+)/.exec(usePathname())?.[1] ?? null;
  // How many times the reader asked for the dialog: each request (re)opens it.
  const [requests, setRequests] = useState(0);
  const [ready, setReady] = useState(false);
  const open = useCallback(() => setRequests((count) => count + 1), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTyping(event.target));
      if (shortcut && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        open();
      }
    };
    document.addEventListener('keydown', onKey);
    // Marks the trigger once the shortcuts listen, so tests can tell hydration is done.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady(true);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <a
        href={`/${locale}/search`}
        onClick={(event) => {
          event.preventDefault();
          open();
        }}
        onPointerEnter={importDialog}
        onFocus={importDialog}
        aria-keyshortcuts={ready ? 'Control+K /' : undefined}
        data-search-ready={ready || undefined}
        title={ready ? strings.shortcutHint : undefined}
        className="inline-flex items-center gap-2 rounded-md border border-line px-2 py-1 text-muted hover:bg-panel hover:text-ink sm:px-3"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="9" cy="9" r="5.5" />
          <path d="M13 13l4 4" strokeLinecap="round" />
        </svg>
        <span className="sr-only sm:not-sr-only">{strings.open}</span>
        <kbd aria-hidden="true" className="hidden rounded border border-line px-1 font-sans text-xs md:inline [@media(scripting:none)]:hidden">
          Ctrl K
        </kbd>
      </a>
      {requests > 0 && (
        <Suspense fallback={null}>
          <SearchDialog locale={locale} currentSlug={currentSlug} strings={strings} request={requests} />
        </Suspense>
      )}
    </>
  );
}
