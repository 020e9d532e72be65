'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { markSignedIn } from '@/lib/auth/signed-in-cookie';

/** Keeps the header's "Account" / "Sign in" right after navigations without a page load. */
export function SignedInSync() {
  const pathname = usePathname();
  useEffect(markSignedIn, [pathname]);
  return null;
}
