export type ChangeKind = 'initial' | 'major' | 'minor';

/** Frontmatter of one published version file, validated by `frontmatterSchema`. */
export interface VersionMeta {
  title: string;
  navTitle: string;
  description: string;
  version: string;
  /** Exactly as the source prints it, e.g. "2020-11-26 15:53:15". */
  lastUpdated: string;
  /** From when this version is in force: a day (YYYY-MM-DD, from midnight UTC) or a UTC instant. */
  effectiveDate: string;
  /** "major" changes must be accepted again; "minor" ones are announced. */
  changeKind: ChangeKind;
  /** What changed since the previous version, for readers; absent on the first version. */
  summary?: string;
  /** BCP 47 language of the agreement text. */
  language: string;
}

/**
 * A numbered (or unnumbered) unit of agreement text.
 * `number + separator + text` is the text exactly as published.
 */
export interface Clause {
  anchor: string;
  /** The number as printed: "1.", "(1)", "4.1", "a.", "1)"; null for an unnumbered paragraph. */
  number: string | null;
  /** What stood between the number and the words in the source: usually " ", sometimes "". */
  separator: string;
  text: string;
  /** Printed as a heading (e.g. "4.1 Kingsoft Cloud Elastic Compute") rather than as running text. */
  heading: boolean;
  children: Clause[];
}

export interface Section {
  anchor: string;
  number: string;
  separator: string;
  title: string;
  children: Clause[];
}

export interface AgreementDocument {
  meta: VersionMeta;
  /** Paragraphs before the first section heading. */
  preamble: Clause[];
  sections: Section[];
}

/**
 * One published text of an agreement version, in one language, with its identity. A version has a
 * primary text (`<version>.md`) and may have translations (`<version>.<language>.md`); each text has
 * its own hash, since each is exactly what a reader in that language is shown.
 */
export interface AgreementVersion {
  slug: string;
  /** The file name without ".md": "2020-11-26" or "2020-11-26.zh". Names the text in download URLs. */
  fileStem: string;
  /** True for `<version>.md`, the text every other language falls back to. */
  primary: boolean;
  document: AgreementDocument;
  /** SHA-256 (hex) of the canonical text; the version's identity in acceptance records. */
  sha256: string;
  canonicalText: string;
  /** The version file's Markdown, byte for byte, for downloads. */
  source: string;
}

/** An agreement's published versions, oldest first, and which of them is in force. */
export interface AgreementHistory {
  slug: string;
  versions: { version: string; changeKind: ChangeKind }[];
  currentVersion: string;
}

export type VersionStatus = 'superseded' | 'current' | 'upcoming';

/** One version in an agreement's history, described by its primary text's metadata. */
export interface VersionEntry {
  meta: VersionMeta;
  status: VersionStatus;
  /** Languages it is published in, primary first. */
  languages: string[];
}
