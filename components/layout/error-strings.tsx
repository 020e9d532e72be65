'use client';

import { createContext, type ReactNode, use } from 'react';

export type ErrorStrings = { title: string; description: string; retry: string };

const ErrorStringsContext = createContext<ErrorStrings | null>(null);

/**
 * The error boundary's words, translated on the server: a boundary is a client component that gets no
 * props from its layout, and a message formatter on the client would cost every page its weight.
 */
export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: ReactNode }) {
  return <ErrorStringsContext value={strings}>{children}</ErrorStringsContext>;
}

export function useErrorStrings(): ErrorStrings {
  const strings = use(ErrorStringsContext);
  if (!strings) throw new Error('useErrorStrings needs an ErrorStringsProvider above it');
  return strings;
}
