import type { ReactNode } from 'react';
import './globals.css';

// The <html> element lives in app/[locale]/layout.tsx so it can carry the locale's `lang`.
// A root layout is still required because app/not-found.tsx sits at the root.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
