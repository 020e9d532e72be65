/** One searchable clause. Stored in the index, so it is all a result needs to render. */
export interface SearchEntry {
  id: string;
  slug: string;
  agreementTitle: string;
  version: string;
  language: string;
  /** "II. Service fees" */
  sectionLabel: string;
  /** "II. 2. (1)"; under a titled clause, within it: "5)" under "4.5 Kingsoft Cloud CDN". */
  clauseLabel: string;
  /** The titled clause it sits under, as published ("4.5 Kingsoft Cloud Relational Database"), or "". */
  headingLabel: string;
  anchor: string;
  /** The clause as published: number, separator, words. */
  text: string;
}

export type SearchScope = 'all' | (string & {});

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  entry: Omit<SearchEntry, 'text'>;
  snippet: SnippetPart[];
  /** The words of the clause that matched, as written, for marking them on the clause's page. */
  matchedWords: string[];
}

export type QueryProblem = 'empty' | 'no-words';

export interface SearchOutcome {
  query: string;
  /** True when the query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
  problem: QueryProblem | null;
  hits: SearchHit[];
  /** Near-miss words from the corpus, offered when nothing matched. */
  suggestions: string[];
  /** The words the hits are for, when only typo-tolerant matching found any ("suspend" for "suspnd"). */
  correctedQuery: string | null;
}
