import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { CompareView } from '@/lib/versions/comparison';
import type { ChangeKind, Redline, RedlineRow, RedlineSection } from '@/lib/versions/redline';

const TAG_KEYS = { changed: 'tagChanged', added: 'tagAdded', removed: 'tagRemoved', moved: 'tagMoved', renumbered: 'tagRenumbered' } as const satisfies Record<
  ChangeKind,
  string
>;

/** Nested clauses are indented by depth (1 is a clause directly under its section). */
const INDENT = ['', '', 'ml-5', 'ml-10'];

const Inserted = ({ children }: { children: ReactNode }) => <ins className="redline-ins">{children}</ins>;
const Deleted = ({ children }: { children: ReactNode }) => <del className="redline-del">{children}</del>;

function RowNumber({ row }: { row: RedlineRow }) {
  const block = row.to ?? row.from;
  if (!block?.number) return null;
  const number = row.renumbered && row.from?.number ? (
    <>
      <Deleted>{row.from.number}</Deleted> <Inserted>{block.number}</Inserted>
    </>
  ) : (
    block.number
  );
  return <span className="font-semibold text-ink">{number} </span>;
}

function RowWords({ row }: { row: RedlineRow }) {
  if (!row.from && row.to) return <Inserted>{row.to.text}</Inserted>;
  if (row.from && !row.to) return <Deleted>{row.from.text}</Deleted>;
  if (row.words) {
    return row.words.map((part, index) =>
      part.change === 'inserted' ? <Inserted key={index}>{part.text}</Inserted> : part.change === 'deleted' ? <Deleted key={index}>{part.text}</Deleted> : part.text,
    );
  }
  return row.to?.text ?? '';
}

/** Same words under a new number: in the changes view two lines say enough. */
const onlyRenumbered = (row: RedlineRow) => row.changes.length === 1 && row.changes[0] === 'renumbered';

function RowTags({ row }: { row: RedlineRow }) {
  const t = useTranslations('Compare');
  if (row.changes.length === 0) return null;
  return (
    <p className="mb-1 flex flex-wrap gap-2 text-xs font-semibold uppercase tracking-wide text-muted">
      {row.changes.map((kind) => (
        <span key={kind} className="rounded border border-line px-1.5 py-0.5">
          {kind === 'moved' || kind === 'renumbered' ? t(kind === 'moved' ? 'tagMovedFrom' : 'tagRenumberedFrom', { label: row.from?.label ?? '' }) : t(TAG_KEYS[kind])}
        </span>
      ))}
    </p>
  );
}

function SectionView({ section, view, index }: { section: RedlineSection; view: CompareView; index: number }) {
  const t = useTranslations('Compare');
  const rows = view === 'full' ? section.rows : section.rows.filter((row) => row.changes.length > 0);
  const headingId = `redline-section-${index}`;
  return (
    <section aria-labelledby={headingId} className="border-t border-line pt-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-ink">
          {section.heading ? (
            <>
              <RowNumber row={section.heading} />
              <RowWords row={section.heading} />
            </>
          ) : (
            t('preamble')
          )}
        </h2>
        <span className="text-sm text-muted">{t('sectionChanges', { count: section.changeCount })}</span>
      </div>
      {section.heading && <RowTags row={section.heading} />}
      {rows.length > 0 && (
        <ul className="mt-3 space-y-3">
          {rows.map((row, rowIndex) => {
            const block = row.to ?? row.from;
            return (
              <li
                key={`${block?.anchor ?? ''}-${rowIndex}`}
                className={`rounded-md border-l-4 py-1 pl-3 ${INDENT[Math.min(block?.depth ?? 1, 3)]} ${row.changes.length > 0 ? 'border-accent' : 'border-transparent text-ink-soft'}`}
              >
                <RowTags row={row} />
                <p className={`leading-7 ${view === 'changes' && onlyRenumbered(row) ? 'line-clamp-2' : ''}`}>
                  <RowNumber row={row} />
                  <RowWords row={row} />
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The clause-level redline: insertions as <ins>, deletions as <del>, each changed clause tagged in words. */
export function RedlineView({ redline, view, language }: { redline: Redline; view: CompareView; language: string }) {
  const sections = view === 'full' ? redline.sections : redline.sections.filter((section) => section.changeCount > 0);
  return (
    <div lang={language} className="redline mt-6 space-y-6">
      {sections.map((section, index) => (
        <SectionView key={section.heading?.to?.anchor ?? section.heading?.from?.anchor ?? 'preamble'} section={section} view={view} index={index} />
      ))}
    </div>
  );
}
