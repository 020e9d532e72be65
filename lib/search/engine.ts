import MiniSearch, { type AsPlainObject, type SearchOptions, type SearchResult } from 'minisearch';
import { parseQuery } from './query';
import { buildSnippet } from './snippet';
import { normalizeTerm, tokenize } from './tokenize';
import type { SearchEntry, SearchHit, SearchOutcome, SearchScope } from './types';

const MAX_RESULTS = 50;

const INDEX_OPTIONS = {
  fields: ['text', 'sectionLabel'],
  storeFields: [],
  tokenize,
  processTerm: normalizeTerm,
};

const LATIN_TERM = /^[a-z]+$/;

const MATCHING: SearchOptions = {
  boost: { text: 2, sectionLabel: 1 },
  // Results appear as the reader types: the last word may be unfinished.
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
  fuzzy: false,
};

// Typo tolerance is for English words long enough for one edit to be a typo rather than another word.
const FORGIVING: SearchOptions = { ...MATCHING, fuzzy: (term) => (LATIN_TERM.test(term) && term.length >= 5 ? 0.2 : false) };

/**
 * Searches in passes, best first, until there are enough clauses: every word as written, every word
 * allowing typos, then some of the words (as written, then allowing typos). Fuzzy expansion of common
 * words is the costly part, so it only runs when the exact passes find too little.
 */
const PASSES: { options: SearchOptions; combineWith: 'AND' | 'OR'; needsSeveralWords: boolean }[] = [
  { options: MATCHING, combineWith: 'AND', needsSeveralWords: false },
  { options: FORGIVING, combineWith: 'AND', needsSeveralWords: false },
  { options: MATCHING, combineWith: 'OR', needsSeveralWords: true },
  { options: FORGIVING, combineWith: 'OR', needsSeveralWords: true },
];

const HAN = /\p{Script=Han}/u;

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
  /** Lower-cased, whitespace-collapsed clause texts for phrase checks, filled on first use. */
  private readonly plainText = new Map<string, string>();
  private vocabulary: MiniSearch<{ id: string }> | undefined;
  private textsHaveHan: boolean | undefined;

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

  /**
   * Whether `query` has Chinese characters while no text has any (the agreements are English only):
   * then no clause can match, and the reader should be told why.
   */
  queryScriptIsMissing(query: string): boolean {
    this.textsHaveHan ??= this.entries.some((entry) => HAN.test(entry.text));
    return HAN.test(query) && !this.textsHaveHan;
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
    const base = { query: query.text, truncated: query.truncated, hits: [], suggestions: [], correctedQuery: null };
    if (!query.text) return { ...base, problem: 'empty' };
    if (query.words.length === 0) return { ...base, problem: 'no-words' };

    const filter = scope === 'all' ? undefined : (result: SearchResult) => this.byId.get(result.id)?.slug === scope;
    const terms = query.words.join(' ');
    const hits: SearchHit[] = [];
    const seen = new Set<string>();
    let corrected = false;
    for (const pass of PASSES) {
      if (hits.length === limit) break;
      if (pass.needsSeveralWords && query.words.length < 2) continue;
      for (const result of this.index.search(terms, { ...pass.options, combineWith: pass.combineWith, filter })) {
        const entry = this.byId.get(result.id);
        if (!entry || seen.has(entry.id)) continue;
        seen.add(entry.id);
        if (!query.phrases.every((phrase) => this.plain(entry).includes(phrase))) continue;
        const { text, ...rest } = entry;
        // The best hit came from typo-tolerant matching only: the reader is told what was searched for.
        if (hits.length === 0) corrected = pass.options === FORGIVING;
        hits.push({ entry: rest, ...buildSnippet(text, new Set(result.terms)) });
        if (hits.length === limit) break;
      }
    }
    if (hits.length === 0) return { ...base, problem: null, suggestions: this.suggest(query.words) };
    return { ...base, problem: null, hits, correctedQuery: corrected ? (this.suggest(query.words)[0] ?? null) : null };
  }

  private plain(entry: SearchEntry): string {
    let text = this.plainText.get(entry.id);
    if (text === undefined) {
      text = entry.text.replace(/\s+/g, ' ').toLowerCase();
      this.plainText.set(entry.id, text);
    }
    return text;
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
