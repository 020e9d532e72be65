import MiniSearch, { type AsPlainObject, type SearchOptions, type SearchResult } from 'minisearch';
import { parseQuery } from './query';
import { buildSnippet } from './snippet';
import { normalizeTerm, tokenize } from './tokenize';
import type { SearchEntry, SearchHit, SearchOutcome, SearchScope } from './types';

export const MAX_RESULTS = 50;

const INDEX_OPTIONS = {
  fields: ['text', 'sectionLabel'],
  storeFields: [],
  tokenize,
  processTerm: normalizeTerm,
};

const LATIN_TERM = /^[a-z]+$/;

const MATCHING: SearchOptions = {
  boost: { text: 2, sectionLabel: 1 },
  // Prefix matching gives results as the reader types; typo tolerance is for English words long
  // enough for one edit to be a typo rather than another word.
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (LATIN_TERM.test(term) && term.length >= 5 ? 0.2 : false),
};

/** What the browser downloads: the entries (to render results) and the serialised index. */
export interface SerializedSearch {
  entries: SearchEntry[];
  index: AsPlainObject;
}

/**
 * Clause search over one set of entries, the same code on the server (search page) and in the
 * browser (search dialog). Matching is MiniSearch's: BM25 ranking, prefix and fuzzy terms.
 */
export class ClauseSearch {
  private readonly byId: Map<string, SearchEntry>;
  private vocabulary: MiniSearch<{ id: string }> | undefined;

  private constructor(
    private readonly entries: SearchEntry[],
    private readonly index: MiniSearch<SearchEntry>,
  ) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
  }

  static build(entries: SearchEntry[]): ClauseSearch {
    const index = new MiniSearch<SearchEntry>(INDEX_OPTIONS);
    index.addAll(entries);
    return new ClauseSearch(entries, index);
  }

  static load(serialized: SerializedSearch): ClauseSearch {
    return new ClauseSearch(serialized.entries, MiniSearch.loadJS(serialized.index, INDEX_OPTIONS));
  }

  serialize(): SerializedSearch {
    return { entries: this.entries, index: this.index.toJSON() };
  }

  /**
   * Clauses holding every word come first, then those holding some; a quoted phrase must appear as
   * written. `scope` is "all" or an agreement's slug.
   */
  search(raw: string, scope: SearchScope, limit = MAX_RESULTS): SearchOutcome {
    const query = parseQuery(raw);
    const base = { query: query.text, truncated: query.truncated, hits: [], suggestions: [] };
    if (!query.text) return { ...base, problem: 'empty' };
    if (query.words.length === 0) return { ...base, problem: 'no-words' };

    const filter = scope === 'all' ? undefined : (result: SearchResult) => this.byId.get(result.id)?.slug === scope;
    const terms = query.words.join(' ');
    const every = this.index.search(terms, { ...MATCHING, combineWith: 'AND', filter });
    const some = query.words.length > 1 ? this.index.search(terms, { ...MATCHING, combineWith: 'OR', filter }) : [];
    const seen = new Set(every.map((result) => result.id));
    const ranked = [...every, ...some.filter((result) => !seen.has(result.id))];

    const hits: SearchHit[] = [];
    for (const result of ranked) {
      const entry = this.byId.get(result.id);
      if (!entry || !query.phrases.every((phrase) => collapse(entry.text).includes(phrase))) continue;
      const { text, ...rest } = entry;
      hits.push({ entry: rest, ...buildSnippet(text, new Set(result.terms)) });
      if (hits.length === limit) break;
    }
    return { ...base, problem: null, hits, suggestions: hits.length === 0 ? this.suggest(query.words) : [] };
  }

  /** A corrected query built from the nearest corpus word to each query word, if any differs. */
  private suggest(words: string[]): string[] {
    this.vocabulary ??= this.buildVocabulary();
    const vocabulary = this.vocabulary;
    const corrected = words.map((word) => vocabulary.search(word, { fuzzy: 0.4, prefix: false })[0]?.id ?? word);
    const suggestion = corrected.join(' ');
    return suggestion.toLowerCase() === words.join(' ').toLowerCase() ? [] : [suggestion];
  }

  private buildVocabulary(): MiniSearch<{ id: string }> {
    const vocabulary = new MiniSearch<{ id: string }>({
      idField: 'id',
      fields: ['id'],
      tokenize: (text) => [text],
      processTerm: (term) => term.toLowerCase(),
    });
    const unique = new Set(this.entries.flatMap((entry) => tokenize(entry.text.toLowerCase())));
    vocabulary.addAll([...unique].filter((word) => word.length > 2).map((id) => ({ id })));
    return vocabulary;
  }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
