'use client';

import { useEffect } from 'react';
import { useErrorStrings } from '@/components/layout/error-strings';

export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-xl px-6 py-24">
      <h1 className="text-2xl font-semibold text-ink">{t.title}</h1>
      <p className="mt-4 text-ink-soft">{t.description}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent-strong"
      >
        {t.retry}
      </button>
    </div>
  );
}
