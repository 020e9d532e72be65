/** One searchable clause. Stored in the index, so it is all a result needs to render. */
export interface SearchEntry {
  id: string;
  slug: string;
  agreementTitle: string;
  version: string;
  language: string;
  /** "II. Service fees" */
  sectionLabel: string;
  /** "II. 2. (1)" */
  clauseLabel: string;
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
}
