'use client';

import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { ClauseSearch } from '@/lib/search/engine';
import { hitHref } from '@/lib/search/hit-link';
import { CorrectedQuery } from './corrected-query';
import { EmptyState } from './empty-state';
import { HitSummary } from './hit-summary';
import { DIALOG_RESULTS, type SearchDialogStrings } from './search-dialog-strings';
const loaded = new Map<string, Promise<ClauseSearch>>();

/** Words to try in an empty dialog: the agreements are in English whatever the page's language. */
const EXAMPLE_QUERIES = ['suspend', 'fees', 'personal data'];

/** The index and the engine are fetched only when a reader first opens search, never with the page. */
function loadSearch(locale: string): Promise<ClauseSearch> {
  let promise = loaded.get(locale);
  if (!promise) {
    promise = Promise.all([
      import('@/lib/search/engine'),
      fetch(`/search-index/${locale}.json`).then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json();
      }),
    ]).then(([{ ClauseSearch }, serialized]) => ClauseSearch.load(serialized));
    promise.catch(() => loaded.delete(locale));
    loaded.set(locale, promise);
  }
  return promise;
}

type Props = { locale: string; currentSlug: string | null; strings: SearchDialogStrings; request: number };

/** The search dialog, loaded on first use by SearchTrigger; each new `request` opens it again. */
export function SearchDialog({ locale, currentSlug, strings: t, request }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [engine, setEngine] = useState<ClauseSearch | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [scopeAll, setScopeAll] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    input.current?.focus();
    loadSearch(locale).then(setEngine, () => setFailed(true));
  }, [locale, request]);

  const scope = currentSlug && !scopeAll ? currentSlug : 'all';
  const outcome = useMemo(() => (engine && query.trim() ? engine.search(query, scope, DIALOG_RESULTS) : null), [engine, query, scope]);
  const hits = outcome?.hits ?? [];
  // Nothing in this document: are there matches in the others? Then one click searches them all.
  const elsewhere = useMemo(
    () => (engine && outcome?.problem === null && outcome.hits.length === 0 && scope !== 'all' ? engine.search(query, 'all', 1).hits.length > 0 : false),
    [engine, outcome, query, scope],
  );
  const selected = Math.min(active, Math.max(hits.length - 1, 0));

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((selected + step + hits.length) % Math.max(hits.length, 1));
    } else if (event.key === 'Enter' && hits[selected]) {
      event.preventDefault();
      window.location.assign(hitHref(locale, hits[selected]));
    }
  };

  const scopeButton = (all: boolean, label: string) => (
    <button
      type="button"
      aria-pressed={scopeAll === all}
      onClick={() => setScopeAll(all)}
      className={`rounded-md px-3 py-1 text-sm font-medium ${scopeAll === all ? 'bg-accent text-on-accent shadow-sm' : 'text-ink-soft hover:text-ink'}`}
    >
      {label}
    </button>
  );

  return (
    <dialog
        ref={dialog}
        aria-labelledby="search-dialog-title"
        className="mx-auto mt-[8vh] w-[min(42rem,calc(100vw-1.5rem))] rounded-xl border border-line bg-canvas p-0 text-ink shadow-2xl backdrop:bg-black/50"
      >
        <div className="flex items-center justify-between border-b border-line px-4 py-3">
          <h2 id="search-dialog-title" className="font-semibold">
            {t.title}
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded px-2 py-1 text-sm text-muted hover:bg-panel hover:text-ink">
            {t.close}
          </button>
        </div>
        <div className="space-y-3 px-4 py-3">
          <input
            ref={input}
            id="search-dialog-input"
            name="q"
            type="text"
            role="combobox"
            aria-label={t.label}
            aria-expanded={hits.length > 0}
            aria-controls="search-dialog-results"
            aria-activedescendant={hits[selected] ? `search-hit-${selected}` : undefined}
            aria-describedby="search-dialog-instructions"
            autoComplete="off"
            maxLength={200}
            value={query}
            placeholder={t.placeholder}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onInputKey}
            className="w-full rounded-lg border border-line bg-canvas px-3 py-2 text-ink placeholder:text-muted"
          />
          <p id="search-dialog-instructions" className="sr-only">
            {t.instructions}
          </p>
          {currentSlug && (
            <div role="group" aria-labelledby="search-scope-label" className="flex flex-wrap items-center gap-2 text-sm">
              <span id="search-scope-label" className="font-medium text-ink-soft">
                {t.scopeLabel}
              </span>
              <span className="inline-flex rounded-lg border border-line bg-panel p-0.5">
                {scopeButton(true, t.allDocuments)}
                {scopeButton(false, t.currentDocument)}
              </span>
            </div>
          )}
        </div>
        {/* Focusable so the result list can be scrolled from the keyboard as well as with arrow keys. */}
        <div tabIndex={0} role="region" aria-label={t.title} className="max-h-[55vh] overflow-y-auto border-t border-line px-2 py-2">
          <p role="status" className="px-2 py-1 text-xs text-muted">
            {failed ? t.loadFailed : !engine ? t.loading : outcome ? t.results[hits.length] : ''}
            {outcome?.correctedQuery && hits.length > 0 && (
              <span className="mt-1 block text-sm text-ink-soft">
                <CorrectedQuery template={t.showingResultsFor} query={outcome.correctedQuery} />
              </span>
            )}
          </p>
          {engine && !query.trim() && (
            <div className="px-2 py-2 text-sm text-ink-soft">
              <p>{t.startHint}</p>
              <p className="mt-2 flex flex-wrap gap-2">
                {EXAMPLE_QUERIES.map((example) => (
                  <button key={example} type="button" onClick={() => setQuery(example)} className="rounded-md border border-line px-2 py-1 font-medium text-accent hover:bg-panel">
                    {example}
                  </button>
                ))}
              </p>
            </div>
          )}
          {outcome?.problem === 'no-words' && <p className="px-2 py-2 text-sm text-ink-soft">{t.noWords}</p>}
          {outcome && outcome.problem === null && hits.length === 0 && elsewhere && (
            <EmptyState
              title={t.nothingHere}
              hint={t.elsewhereHint}
              suggestion={
                <button type="button" onClick={() => setScopeAll(true)} className="rounded-md bg-accent px-3 py-1.5 font-medium text-on-accent hover:bg-accent-strong">
                  {t.searchAllDocuments}
                </button>
              }
            />
          )}
          {outcome && outcome.problem === null && hits.length === 0 && !elsewhere && (
            <EmptyState
              title={t.emptyTitle}
              hint={engine?.queryScriptIsMissing(query) ? t.englishOnlyHint : t.emptyHint}
              suggestion={
                outcome.suggestions[0] && (
                  <>
                    {t.didYouMean}{' '}
                    <button type="button" className="font-medium text-accent underline" onClick={() => setQuery(outcome.suggestions[0] ?? '')}>
                      {outcome.suggestions[0]}
                    </button>
                  </>
                )
              }
            />
          )}
          <ul id="search-dialog-results" role="listbox" aria-label={t.title}>
            {hits.map((hit, index) => (
              <li
                key={hit.entry.id}
                id={`search-hit-${index}`}
                role="option"
                aria-selected={index === selected}
                className={`cursor-pointer rounded-lg px-3 py-2 ${index === selected ? 'bg-accent-soft' : ''}`}
                onMouseEnter={() => setActive(index)}
                onClick={() => window.location.assign(hitHref(locale, hit))}
              >
                <HitSummary hit={hit} />
              </li>
            ))}
          </ul>
          {failed && (
            <a href={`/${locale}/search?${new URLSearchParams({ q: query })}`} className="block px-2 py-2 text-sm font-medium text-accent underline">
              {t.openFullPage}
            </a>
          )}
        </div>
    </dialog>
  );
}
