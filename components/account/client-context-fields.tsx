'use client';

import { useEffect, useRef } from 'react';

/**
 * Hidden fields the browser fills with its own context (time zone, referring page); recorded as
 * asserted by the client, apart from what the server observed. Refilled after each attempt.
 */
export function ClientContextFields({ attempt }: { attempt: unknown }) {
  const timeZone = useRef<HTMLInputElement>(null);
  const referrer = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (timeZone.current) timeZone.current.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (referrer.current) referrer.current.value = document.referrer;
  }, [attempt]);
  return (
    <>
      <input ref={timeZone} type="hidden" name="timeZone" defaultValue="" />
      <input ref={referrer} type="hidden" name="referrer" defaultValue="" />
    </>
  );
}
