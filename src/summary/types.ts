// The summary object (`article-analyze summary`, schema/summary.json): one report over many
// articles. Every list is sorted so that equal input gives byte-equal output.
import type { EntityType, NumberKind } from '../types.js';

export interface Summary {
  schemaVersion: 1;
  kind: 'summary';
  /** Articles analysed. */
  articles: number;
  /** Bad records (--input ndjson), left out of every count; the run exits 2 (an unreadable file is reported on stderr). */
  failed: number;
  /** By canonical name and type; most articles first. */
  entities: EntitySummary[];
  abbreviations: {
    /** Forms with a sense (defined in the text, built in, or from --dict); most articles first. */
    known: AbbreviationSummary[];
    /** Capitalised forms no dictionary knows, most mentions first: what the dictionary should learn next. */
    unknown: { short: string; articles: number; mentions: number }[];
  };
  /** Articles per month of the dates they mention (the dateline left out), oldest first. */
  timeline: { month: string; articles: number; mentions: number }[];
  /** By kind and unit; money's total is the sum of the values (a range counts its lower end). */
  numbers: NumberSummary[];
}

export interface EntitySummary {
  name: string;
  type: EntityType;
  articles: number;
  mentions: number;
  /** Roles or titles seen before the name, with the number of articles each was seen in. */
  roles: { role: string; articles: number }[];
}

export interface AbbreviationSummary {
  short: string;
  articles: number;
  mentions: number;
  /** Each sense with the number of articles it was read in; null when the context chose none. */
  expansions: { expansion: string | null; articles: number }[];
}

export interface NumberSummary {
  kind: NumberKind;
  /** The unit or counted noun (`đồng`, `USD`, `km`, `người`); null for bare numbers. */
  unit: string | null;
  articles: number;
  mentions: number;
  /** Smallest and largest value mentioned (a range's upper end counts for the largest). */
  min: number | null;
  max: number | null;
  /** Money only: the sum of the values. */
  total?: number;
}
