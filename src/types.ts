// The shapes every stage shares. Offsets are [start, end) JavaScript string indexes (UTF-16 code
// units) into the one normalised text (NFC, LF); line and column exist only in renderers.

export interface Span {
  start: number;
  end: number;
}

/** A syllable, number, symbol or punctuation mark, as vntk's tokenizer would cut it. */
export interface Token extends Span {
  text: string;
}

/** A segmented word: one or more syllable tokens. `text` joins them with single spaces. */
export interface Word extends Span {
  text: string;
  /** vntk POS tag (N, Np, V, A, M, CH, …); empty when the stage did not run. */
  pos: string;
  /** vntk chunk tag (B-NP, I-NP, …); empty when the stage did not run. */
  chunk: string;
  /** vntk NER tag (B-PER, I-LOC, O, …); empty when the stage did not run. */
  ner: string;
}

export interface Sentence extends Span {
  words: Word[];
}

export type PartKind = 'dateline' | 'title' | 'lead' | 'paragraph' | 'caption' | 'byline' | 'trailer';

export interface Part extends Span {
  kind: PartKind;
}

/** What the pipeline knows about one document before the extractors run. */
export interface Doc {
  text: string;
  parts: Part[];
  /** Sentences of the content parts (title, lead, paragraphs, captions), in text order. */
  sentences: Sentence[];
  /** The dateline's value (`2023-12-03T07:09`), the reference for dates without a year. */
  reference: string | null;
}

export type AbbreviationSource = 'inline' | 'builtin' | 'user' | 'unknown';

export interface Abbreviation {
  short: string;
  /** null when unknown, or ambiguous without enough context to choose. */
  expansion: string | null;
  source: AbbreviationSource;
  count: number;
  /** Offset of the first use. */
  first: number;
  /** Offset of the definition in the text, null if never defined there. */
  definedAt: number | null;
  /** Every use, the definition included. */
  mentions: [number, number][];
  /** Senses that remained possible when the choice was ambiguous. */
  candidates?: string[];
  /** Span of the whole inline definition (`công đoàn (CĐ)`, `NLĐ (người lao động)`) when definedAt is set. */
  definition?: [number, number];
  /** The English name of a foreign acronym (`World Trade Organization` for WTO); `expansion` keeps the Vietnamese one. */
  expansionEnglish?: string;
  /** In the built-in dictionary's common tier: a newsroom lets it stand undefined (`UBND`, `TP.HCM`). */
  common?: true;
  /** How many of the uses are parts of a document number (`QĐ` and `UBND` in `số 12/QĐ-UBND`). */
  inDocumentNumber?: number;
  /** Later inline definitions with another expansion (`cao đẳng (CĐ)` … `công đoàn (CĐ)`), when there are any. */
  redefinitions?: Redefinition[];
}

/** An inline definition of a short form already defined with another expansion. */
export interface Redefinition {
  /** The short form as written there. */
  short: string;
  /** Span of that short form. */
  at: [number, number];
  expansion: string;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Entity {
  text: string;
  type: EntityType;
  count: number;
  mentions: [number, number][];
  /** Canonical name of the group (`TP Cần Thơ` for `thành phố Cần Thơ` and `Cần Thơ`). */
  canonical?: string;
  /** Role or title seen before a person's name (`Chủ tịch LĐLĐ TP Cần Thơ`). */
  roles?: string[];
  /** Index into `entities` of the entity that contains this one (`TP Cần Thơ` in `LĐLĐ TP Cần Thơ`). */
  parent?: number;
}

export type NumberKind = 'count' | 'money' | 'percent' | 'measure' | 'ordinal' | 'age' | 'ratio' | 'plain';

/** How a number in digits was written, for rules about a house style of writing numbers. */
export interface NumberWriting extends Span {
  /** The thousands separator: `.` (`19.700`), `,` (`19,700`), ` ` (`19 700`); null when the digits are not grouped (`19700`, `3,2`). */
  thousands: '.' | ',' | ' ' | null;
  /** The decimal mark: `,` (`3,2`), `.` (`5.5%`); null for an integer. */
  decimal: ',' | '.' | null;
  /** `start`/`end`: the digits and separators alone (`19.700` in `$19.700`, `150000` in `150000đ`). */
}

export interface NumberMention extends Span {
  text: string;
  value: number;
  /** Upper value of a range (`10-15 người`). */
  valueTo?: number;
  /** The unit or counted noun as written (`đồng`, `đ`, `baht`, `km`, `mục tiêu`, `con chim`). */
  unit: string | null;
  /** What a listed unit stands for when it is written otherwise (`đ`, `VNĐ` → `đồng`; `baht` → `THB`; `hecta` → `ha`). */
  unitNormalized?: string;
  qualifier: string | null;
  kind: NumberKind;
  /** How the digits were written; absent for a number in words (`hai`, `hàng trăm`) or `1m70`. */
  written?: NumberWriting;
  /**
   * A range is two mentions, one for each end (`150 - 200 tấn`: 150 and 200, both in tấn), linked
   * by this field: the whole range's span and which end this is. The `from` end also carries `valueTo`.
   */
  range?: NumberRange;
}

export interface NumberRange extends Span {
  part: 'from' | 'to';
}

export type DateKind = 'date' | 'datetime' | 'time' | 'month' | 'year' | 'range' | 'duration' | 'relative' | 'quarter';

export interface DateMention extends Span {
  text: string;
  kind: DateKind;
  /** ISO 8601 / TIMEX3 value; null only where nothing can be resolved. */
  value: string | null;
  /** Lunar-calendar mentions carry `calendar: "lunar"` and their solar value when the year is known. */
  calendar?: 'lunar';
  lunar?: string;
  /** An impossible date or time (`31/02/2023`, `25:61`): `value` is null; `check` flags these. */
  invalid?: boolean;
  /** ISO 8601 length of a period resolved to a range (`P5Y` for `5 năm qua`). */
  duration?: string;
  /** TIMEX3 mod: the part of the period meant (`đầu năm nay` START, `cuối tháng này` END). */
  mod?: 'START' | 'MID' | 'END';
  /**
   * On relative mentions: what the mention counts from. `dateline` — the publication day (`hôm
   * qua`, `năm ngoái`, `5 năm qua`, `bảy năm trước`), so `value` is resolved when the article has
   * a dateline and `offset` says how far from it; `none` — a day told relative to the story, not
   * to publication (`hôm sau`, `đêm ấy`, `mới đây`, `cùng ngày`), which no dateline resolves.
   */
  anchor?: 'dateline' | 'none';
  /**
   * With `anchor: "dateline"`, the start of the period named, as a signed ISO 8601 duration from
   * the dateline day at the period's own unit: `hôm qua` -P1D, `hôm nay` P0D, `ngày mai` P1D,
   * `tuần trước` -P1W, `tháng này` P0M, `năm ngoái` -P1Y, `5 năm qua` -P5Y, `3 tháng tới` P3M.
   */
  offset?: string;
}

export interface Stats {
  characters: number;
  syllables: number;
  words: number;
  sentences: number;
  paragraphs: number;
}

export interface ArticleInfo {
  title: string | null;
  dateline: { text: string; value: string | null } | null;
  lead: string | null;
  byline: { text: string; authors: string[] } | null;
  captions: string[];
  paragraphs: number;
  trailer?: string | null;
}

export interface Analysis {
  schemaVersion: 1;
  source: string;
  line?: number;
  article: ArticleInfo;
  stats: Stats;
  abbreviations: Abbreviation[];
  entities: Entity[];
  numbers: NumberMention[];
  /** Ordinals (`thứ 3`, `lần thứ hai`, `cấp 1, 2`): numbers that rank, not quantities, so kept apart from `numbers`. */
  ordinals?: NumberMention[];
  dates: DateMention[];
}
