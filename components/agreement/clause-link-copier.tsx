'use client';

import { useEffect, useState } from 'react';

const CONFIRMATION_MS = 2500;

/**
 * Turns every clause's link control (`a.copy-link`) into "copy this clause's URL". Without
 * JavaScript the control stays an ordinary link to the anchor. One listener serves every clause.
 */
export function ClauseLinkCopier({ copiedLabel, failedLabel }: { copiedLabel: string; failedLabel: string }) {
  const [message, setMessage] = useState('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onClick = async (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.copy-link') : null;
      if (!link) return;
      event.preventDefault();
      const url = new URL(link.href);
      url.search = '';
      let copied = true;
      try {
        await navigator.clipboard.writeText(url.toString());
      } catch {
        copied = false;
      }
      history.replaceState(null, '', url.hash);
      document.querySelectorAll('.clause.is-highlighted').forEach((element) => element.classList.remove('is-highlighted'));
      link.closest('.clause')?.classList.add('is-highlighted');
      setMessage(copied ? copiedLabel : failedLabel);
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(''), CONFIRMATION_MS);
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      clearTimeout(timer);
    };
  }, [copiedLabel, failedLabel]);

  return (
    <div
      role="status"
      className={`fixed bottom-6 left-1/2 z-50 -translate-x-1/2 rounded-lg bg-ink px-4 py-2 text-sm text-canvas shadow-lg transition-opacity print:hidden ${
        message ? 'opacity-100' : 'pointer-events-none opacity-0'
      }`}
    >
      {message}
    </div>
  );
}
