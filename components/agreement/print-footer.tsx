import { useTranslations } from 'next-intl';
import type { VersionMeta } from '@/lib/content/types';

/** Printed after the text, never shown on screen: what a paper copy needs to be traced to its version. */
export function PrintFooter({ meta, sha256, url }: { meta: VersionMeta; sha256: string; url: string }) {
  const t = useTranslations('PrintFooter');
  return (
    <footer className="mt-10 hidden border-t border-line pt-3 text-xs print:block">
      <p>{meta.title}</p>
      <p>{t('version', { version: meta.version })}</p>
      <p className="break-all">SHA-256 {sha256}</p>
      <p className="break-all">{url}</p>
    </footer>
  );
}
