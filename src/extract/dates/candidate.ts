// What a date parser hands to the refiners: a span with the pieces it read (a candidate), and
// the shape every parser has (chrono's: a pattern, and an extract step that may return nothing).
import type { DateKind } from '../../types.js';
import type { Mod } from './words.js';
import type { Comp, Reference } from './values.js';

export interface Cand {
  start: number;
  end: number;
  kind: DateKind;
  /** The point (or a range's first end) as read from the text; formatted after all merges. */
  comp?: Comp;
  /** A range's second end. */
  to?: Comp;
  /** A value worked out by the parser itself (relative dates, durations); wins over `comp`. */
  value?: string | null;
  invalid?: boolean;
  duration?: string;
  mod?: Mod;
  /** A period word (`chiều`) already applied to the time, so a later merge does not apply another. */
  period?: string;
  /** Only a date if a refiner ties it to another date (`thứ 2` alone is usually an ordinal). */
  weak?: boolean;
  /** Relative-day unit, so `7h sáng nay` can join the time to the resolved day. */
  relUnit?: 'day' | 'week' | 'month' | 'year';
  /** Offset in `relUnit` from the reference (`tháng trước` -1), so a refiner can re-anchor it. */
  relOffset?: number;
  /** `nay` in `đến nay`: the reference day as the end of a range, nothing on its own. */
  now?: boolean;
  /** The day just named in the text (`cùng ngày`): resolved after extraction, in text order. */
  anaphor?: boolean;
  /** Days after (or before, negative) the day just named (`hôm sau` 1), for an anaphor. */
  anaphorShift?: number;
  /** A range from this point to the reference (`từ năm 2015 đến nay`). */
  untilNow?: boolean;
  /** What a relative mention counts from, and how far (DateMention.anchor / .offset). */
  anchor?: 'dateline' | 'none';
  offset?: string;
  /** Tie-break when two readings cover the same characters: higher wins. */
  rank: number;
}

export interface Opening {
  /** A word that starts with an ASCII digit. */
  digits: boolean;
  /** Whole words, lower case (the pattern runs on the lower-cased text). */
  words: readonly string[];
}

export interface Ctx {
  ref: Reference | null;
}

export interface Parser {
  name: string;
  pattern: () => RegExp;
  /**
   * The pattern tells capitals apart (`Tết Dương lịch`, `SN 1990`) and runs on the text itself.
   * The others run on the lower-cased text (see `lazy`), and `extract` still gets the text's own
   * case in `m` (`SA`/`CH`, roman numerals, `tháng Năm`).
   */
  cased?: boolean;
  /**
   * Words one of which every match contains (in the case the pattern runs on): the pattern is not
   * run on a text that has none of them. A short cut only; the pattern alone decides. With
   * `opens`, each must be a whole word of the match (read from starts.ts's word pass).
   */
  needs?: () => readonly string[];
  /** Every match holds an ASCII digit: the pattern is not run on a text without one. */
  digits?: boolean;
  /**
   * Where a match can begin: every match starts a word (a run of letters and digits, as the
   * pattern's leading look-behind demands), and that word is one of `words` or, with `digits`, a
   * number. The pattern is then tried only there (see starts.ts), not at every position of the
   * text. A short cut only: it must hold for every match (tests/dates-news.test.ts checks it).
   */
  opens?: () => Opening;
  extract: (m: RegExpExecArray, text: string, ctx: Ctx) => Cand | Cand[] | null;
}
