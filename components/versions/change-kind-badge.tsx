import { useTranslations } from 'next-intl';
import type { ChangeKind } from '@/lib/content/types';

const KEYS = { initial: 'kindInitial', major: 'kindMajor', minor: 'kindMinor' } as const satisfies Record<ChangeKind, string>;

/** "Major change" / "Minor change" / "First version", in words (never colour alone). */
export function ChangeKindBadge({ kind }: { kind: ChangeKind }) {
  const t = useTranslations('Versions');
  const tone = kind === 'major' ? 'border-accent text-accent-strong' : 'border-line text-muted';
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${tone}`}>{t(KEYS[kind])}</span>;
}
