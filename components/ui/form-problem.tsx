'use client';

import { useEffect, useRef } from 'react';

/**
 * A refusal no field can fix (a limit reached, a failure on our side), said plainly with what to do
 * next: not a list of links to fields. Takes focus when it appears, as an error summary does.
 */
export function FormProblem({ text, attempt }: { text: string; attempt: unknown }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [attempt]);
  return (
    <div ref={box} tabIndex={-1} role="alert" className="rounded-lg border-2 border-line bg-panel p-4 text-sm text-ink">
      {text}
    </div>
  );
}
