// One small parser per way Vietnamese news writes a date, a time or a period (chrono's shape):
// a pattern with an example above it, and an extract step that returns a candidate or nothing.
// Candidates may overlap; date-refiners.ts merges and settles them afterwards.
import type { DateKind } from '../../types.js';
import { DIGIT, LETTER, LETTER_OR_DIGIT } from '../../lexicon/letters.js';
import { alt, dateWords, key, wordsAfter, wordsBefore, type Mod } from './words.js';
import {
  addDays,
  addMonths,
  formatDay,
  formatWeek,
  isoWeek,
  type Comp,
  type Reference,
} from './values.js';

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
  /** A range from this point to the reference (`từ năm 2015 đến nay`). */
  untilNow?: boolean;
  /** Tie-break when two readings cover the same characters: higher wins. */
  rank: number;
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
  extract: (m: RegExpExecArray, text: string, ctx: Ctx) => Cand | Cand[] | null;
}

// A number that is not glued to letters, digits or the separators of a longer number or code
// (`1.850.000`, `COVID-19`, `123/QĐ`). Used at the start and end of every numeric form.
// The classes come from lexicon/letters.ts: `\p{L}` in each of these patterns cost 150 ms of start-up.
const NB = String.raw`(?<![${LETTER_OR_DIGIT}]|[${LETTER_OR_DIGIT}][.,\/:\-])`;
const NE = String.raw`(?![${LETTER_OR_DIGIT}]|[.,\/:][${DIGIT}]|[\/\-][${LETTER}])`;
// Word boundaries for word-led forms.
const B = String.raw`(?<![${LETTER_OR_DIGIT}])`;
const E = String.raw`(?![${LETTER_OR_DIGIT}])`;
const S = String.raw`\s{1,3}`;

// Context tests run inside the parsers, built once here.
// Example: ` âm lịch` after `20 tháng 10` (`(tức 20 tháng 10 âm lịch)`)
const LUNAR_AFTER = new RegExp(String.raw`^\s{1,3}(?:âm lịch|ÂL)${E}`, 'iu');
// Example: `200 ` before `năm trước đó` (the count the unit word belongs to)
const COUNT_BEFORE = new RegExp(String.raw`(?:^|[\s(,])(\d+|[${LETTER}]+)(\s{1,3})$`, 'u');
// Example: `cách đây ` before `15 năm`
const CACH_DAY = new RegExp(String.raw`${B}cách\s{1,3}đây\s{1,3}$`, 'iu');

// A parser's pattern, built on first use. Unless the parser is `cased`, the pattern is written in
// lower case and matched against the lower-cased text without the `i` flag: `i` makes V8 compute
// the case closure of every letter class, which doubled the compile time of these patterns (16
// -> 8 ms for the 25 of them on a cold start). `d` gives the groups' positions in the original text.
const lazy = (build: () => string, flags = 'gdu'): (() => RegExp) => {
  let re: RegExp | null = null;
  return () => (re ??= new RegExp(build(), flags));
};

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

function hasBefore(text: string, index: number, set: Set<string>): boolean {
  return wordsBefore(text, index).some((w) => set.has(w));
}

function periodWords(): string {
  return alt(Object.keys(dateWords().periods));
}

/** Applies a part of the day to an hour: `8` + `tối` is 20. */
export function shiftHour(h: number, period: string | undefined): number {
  if (!period) return h;
  const rule = dateWords().periods[key(period)];
  if (!rule) return h;
  if (h === 12 && rule.midnight12) return 0;
  if (rule.pm && h >= rule.pm[0] && h <= rule.pm[1]) return h + 12;
  return h;
}

/**
 * The month a word after `tháng` names. `tháng Năm` is May, but in lower case `tháng năm` is
 * usually "months (and) years" and `mỗi tháng ba lần` "three times a month": a lower-case month
 * name counts only where the caller has other evidence (`allowLower`), and `năm` never.
 */
function monthOf(word: string, allowLower = false): { month: number; lunar: boolean } | null {
  if (/^\d+$/u.test(word)) return { month: Number(word), lunar: false };
  const w = dateWords().monthWords[key(word)];
  if (!w) return null;
  const lower = word[0] === word[0]?.toLowerCase();
  if (!w.lunar && lower && (!allowLower || key(word) === 'năm')) return null;
  return { month: w.month, lunar: !!w.lunar };
}

/** Is the word before `index` a capitalised name (`Bà Sáu`, `Minh Sang`) rather than a sentence start? */
function capitalisedInside(text: string, index: number, word: string): boolean {
  if (word[0] === word[0]!.toLowerCase()) return false;
  const before = text.slice(Math.max(0, index - 20), index).trimEnd();
  return before.length > 0 && !/[.!?:;"“”(\n…-]$/u.test(before);
}

function monthWordAlt(): string {
  return String.raw`\d{1,2}|${alt(Object.keys(dateWords().monthWords))}`;
}

/** Is a bare number pair a date by its context? Used by the `d/m`, `d-m`, `d.m` forms. */
function dayMonthContext(text: string, index: number): boolean {
  const w = dateWords();
  if (hasBefore(text, index, w.dayMonthContext)) return true;
  const before = text.slice(Math.max(0, index - 20), index);
  return weekdayBefore().test(before);
}

// `thứ Hai (4/12)`, `Thứ Hai, 4/12`: a weekday right before a bare day-month.
// ( tháng bảy) năm ngoái: a relative year right after a month name.
const relYearAfter = lazy(() => String.raw`^\s{1,3}năm\s{1,3}(?:${alt(dateWords().yearRelTails)})(?![${LETTER_OR_DIGIT}])`, 'iu');

// `hôm qua, 18 - 8`: a relative day names the date that follows it.
const weekdayBefore = lazy(() => {
  const w = dateWords();
  const days = Object.entries(w.relative).filter(([, r]) => r.unit === 'day').map(([k]) => k);
  return String.raw`(?:thứ\s(?:${alt(Object.keys(w.weekdayWords))})|${alt(w.sundayWords)}|${alt(days)})\s?[,(]?\s?$`;
}, 'iu');

export const parsers: Parser[] = [
  {
    name: 'dayMonthYear',
    // ngày 03/12/2023 · 25-2-2023 · 1.7.2025 · 15 - 9 - 2020 (tokenised text) · 31/02/2023 (reported invalid)
    pattern: lazy(() => String.raw`(?:${B}(ngày|hôm|mùng|mồng)${S})?${NB}(\d{1,2})([\/.]|\s?[-–]\s?)(\d{1,2})([\/.]|\s?[-–]\s?)(\d{4})${NE}`),
    extract(m, text) {
      const [, kw, ds, sep, ms, sep2, ys] = m;
      // The same separator twice, except that a hyphen and an en dash mix (`2 - 9 – 1956`).
      const kind = (x: string): string => (/[-–]/u.test(x) ? '-' : x);
      if (kind(sep!) !== kind(sep2!) || (sep !== sep2 && !/[-–]/u.test(sep!))) return null;
      const d = Number(ds), mo = Number(ms), y = Number(ys);
      const digits = m.index + m[0].length - (ds! + sep! + ms! + sep2! + ys!).length;
      if (!kw && hasBefore(text, digits, dateWords().notDateBefore)) return null;
      if (!kw && (y < 1900 || y > 2100)) return null;
      // Out-of-range parts in a full date shape are a typo a checker should see, not another number.
      if (d < 1 || d > 31 || mo < 1 || mo > 12) return { start: m.index, end: m.index + m[0].length, kind: 'date', comp: { y, m: mo, d }, invalid: true, rank: 3 };
      return { start: m.index, end: m.index + m[0].length, kind: 'date', comp: { y, m: mo, d }, rank: 3 };
    },
  },
  {
    name: 'dayMonth',
    // ngày 25/2 · thứ Hai (4/12) · từ 24-7 · sáng 1.7 · tối 7 - 7 (tokenised text) · 26/6, (bare `/` needs no keyword)
    pattern: lazy(() => String.raw`(?:${B}(ngày|hôm|mùng|mồng)${S})?${NB}(\d{1,2})([\/.\-]|\s[-–]\s)(\d{1,2})${NE}`),
    extract(m, text) {
      const [, kw, ds, rawSep, ms] = m;
      const d = Number(ds), mo = Number(ms);
      const end = m.index + m[0].length;
      const digits = end - (ds! + rawSep! + ms!).length;
      const sep = rawSep!.trim();
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      const w = dateWords();
      if (!kw && !dayMonthContext(text, digits)) {
        if (hasBefore(text, digits, w.notDateBefore)) return null;
        const weak = hasBefore(text, digits, w.dayMonthWeakContext);
        if (sep !== '/' && !weak) return null;
        if (sep === '/' && w.notDates.has(`${ds}/${ms}`)) return null;
        if (sep === '/' && hasBefore(text, digits, w.slashContext)) return { start: m.index, end, kind: 'date', comp: { m: mo, d }, rank: 3 };
        // `3/4 số hộ`, `có tới 1/5 dân số`: a word right after a bare pair makes it a fraction.
        const after = wordsAfter(text, end);
        const next = text.slice(end, end + 2);
        const punct = end >= text.length || /^(?:[,.;:)!?\]"”'’…]|\s*$|\s[-–(])/u.test(next);
        if (!punct && !after.some((a) => w.slashAfterOk.has(a))) return null;
      }
      return { start: m.index, end, kind: 'date', comp: { m: mo, d }, rank: 3 };
    },
  },
  {
    name: 'monthYearBare',
    // (từ tháng 10/2016 đến) 9/2017 · 12-2023
    pattern: lazy(() => String.raw`${NB}(\d{1,2})([\/\-])(\d{4})${NE}`),
    extract(m, text) {
      const mo = Number(m[1]), y = Number(m[3]);
      if (mo < 1 || mo > 12 || y < 1900 || y > 2100) return null;
      if (hasBefore(text, m.index, dateWords().notDateBefore)) return null;
      return { start: m.index, end: m.index + m[0].length, kind: 'month', comp: { y, m: mo }, rank: 2 };
    },
  },
  {
    name: 'monthYear',
    // tháng 10/2016 · tháng 12 năm 2023 · tháng 12 · tháng Giêng · tháng Chạp
    pattern: lazy(() => String.raw`${B}tháng${S}(${monthWordAlt()})(?:(?:\s{0,2}[\/.\-]\s{0,2}|${S}năm${S})(\d{4}))?${E}`),
    extract(m, text) {
      const w = dateWords();
      // `đầu tháng tư`, `vào tháng bảy năm ngoái`: a word before or a year after vouches for a month name.
      const evidence =
        !!m[2] ||
        hasBefore(text, m.index, w.monthEvidence) ||
        wordsBefore(text, m.index).some((x) => w.modifiers[x] !== undefined) ||
        relYearAfter().test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
      const mw = monthOf(m[1]!, evidence);
      if (!mw || mw.month < 1 || mw.month > 12) return null;
      // `Cách mạng tháng Tám`, `Cách mạng tháng Mười` are names; a named solar month needs evidence.
      if (!mw.lunar && !/^\d/u.test(m[1]!) && !evidence) return null;
      const comp: Comp = { m: mw.month };
      if (m[2]) comp.y = Number(m[2]);
      if (mw.lunar) comp.lunar = true;
      return { start: m.index, end: m.index + m[0].length, kind: 'month', comp, rank: 3 };
    },
  },
  {
    name: 'dayMonthWords',
    // ngày 3 tháng 12 năm 2023 · mùng 10 tháng Giêng · 3 tháng 12, 2023
    pattern: lazy(
      () =>
        String.raw`(?:${B}(ngày|mùng|mồng)${S})?${NB}(\d{1,2})${S}tháng${S}(${monthWordAlt()})(?:(?:${S}năm${S}|\s{0,2}[,\/]\s{0,3})(\d{4}))?${E}`,
    ),
    extract(m, text) {
      const [, kw, ds, mws, ys] = m;
      const allowLower = true; // `ngày 30 tháng tư`: the day number already says it is a date
      // `(tức 20 tháng 10 âm lịch)`: the lunar marker vouches for the date as `ngày` would.
      const lunarAfter = LUNAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
      const mw = monthOf(mws!, allowLower);
      const d = Number(ds);
      if (!mw || mw.month < 1 || mw.month > 12 || d < 1 || d > 31) return null;
      // `23 tháng Chạp`: a lunar month's name cannot be a count of months, so no `ngày` is needed.
      if (!kw && !ys && !lunarAfter && !mw.lunar) return null;
      const comp: Comp = { m: mw.month, d };
      if (ys) comp.y = Number(ys);
      if (mw.lunar) comp.lunar = true;
      return { start: m.index, end: m.index + m[0].length, kind: 'date', comp, rank: 3 };
    },
  },
  {
    name: 'year',
    // năm 2019 · Năm 1975
    pattern: lazy(() => String.raw`${B}năm${S}${NB}(\d{4})${NE}`),
    extract(m) {
      return { start: m.index, end: m.index + m[0].length, kind: 'year', comp: { y: Number(m[1]) }, rank: 3 };
    },
  },
  {
    name: 'yearRange',
    // 2020-2025 · giai đoạn 2021 – 2025 · năm học 2023-2024
    pattern: lazy(() => String.raw`(?:${B}năm${S})?${NB}((?:1[89]|20)\d\d)\s{0,2}[-–]\s{0,2}((?:1[89]|20)\d\d)${NE}`),
    extract(m, text) {
      const a = Number(m[1]), b = Number(m[2]);
      if (b <= a || b - a > 100) return null;
      if (!m[0].toLowerCase().startsWith('năm') && hasBefore(text, m.index, dateWords().notDateBefore)) return null;
      return { start: m.index, end: m.index + m[0].length, kind: 'range', comp: { y: a }, to: { y: b }, rank: 3 };
    },
  },
  {
    name: 'quarter',
    // quý I/2024 · quý 3 năm 2023 · Quý IV · quý II năm nay
    pattern: lazy(
      () =>
        String.raw`${B}quý${S}(iv|i{1,3}|[1-4])(?:\s{0,2}[\/\-]\s{0,2}(\d{4})|${S}năm${S}(\d{4})|${S}(năm${S}(?:${alt(dateWords().yearRelTails)})))?${E}`,
    ),
    extract(m, _text, ctx) {
      const [, qs, y1, y2, rel] = m;
      // Roman numerals are written in capitals; `quý i…` in lower case is the adjective `quý`.
      if (/[iv]/u.test(qs!)) return null;
      const q = dateWords().quarters[qs!.toLowerCase()];
      if (q === undefined) return null;
      const comp: Comp = { q };
      if (y1 ?? y2) comp.y = Number(y1 ?? y2);
      if (rel) {
        const r = dateWords().relative[key(rel)];
        if (!ctx.ref || !r) return { start: m.index, end: m.index + m[0].length, kind: 'quarter', value: `XXXX-Q${q}`, rank: 3 };
        comp.y = ctx.ref.y + r.offset;
      }
      return { start: m.index, end: m.index + m[0].length, kind: 'quarter', comp, rank: 3 };
    },
  },
  {
    name: 'partOfYear',
    // 6 tháng đầu năm 2023 · 9 tháng đầu năm · 6 tháng cuối năm nay · nửa đầu năm 2024
    pattern: lazy(
      () =>
        String.raw`${B}(?:(\d{1,2}|${alt(Object.keys(dateWords().numberWords))})${S}tháng|(nửa))${S}(đầu|cuối|sau)${S}năm(?:${S}(\d{4})|${S}(${alt(dateWords().yearRelTails)}))?${E}`,
    ),
    extract(m, _text, ctx) {
      const [, ns, half, side, ys, rel] = m;
      const n = half ? 6 : /^\d/u.test(ns!) ? Number(ns) : dateWords().numberWords[ns!.toLowerCase()];
      if (!n || n < 1 || n > 11) return null;
      const first = side!.toLowerCase() === 'đầu';
      const from: Comp = { m: first ? 1 : 13 - n };
      const to: Comp = { m: first ? n : 12 };
      let y: number | undefined;
      if (ys) y = Number(ys);
      else if (rel) {
        const r = dateWords().relative[`năm ${rel.toLowerCase()}`];
        if (ctx.ref && r) y = ctx.ref.y + r.offset;
      } else if (ctx.ref) y = ctx.ref.y;
      if (y !== undefined) from.y = to.y = y;
      else {
        // Without a year the months are still known: `XXXX-01/XXXX-06`, not the reference's year.
        const mm = (x: number): string => String(x).padStart(2, '0');
        return { start: m.index, end: m.index + m[0].length, kind: 'range', value: `XXXX-${mm(from.m!)}/XXXX-${mm(to.m!)}`, rank: 4 };
      }
      return { start: m.index, end: m.index + m[0].length, kind: 'range', comp: from, to, rank: 4 };
    },
  },
  {
    name: 'clockTime',
    // 07:09 · 25:61 (reported invalid) · 7:30 sáng · 07:09 PM (Người Lao Động's dateline) · 7:09 CH
    pattern: lazy(() => String.raw`${NB}(\d{1,2}):(\d{2})(?::\d{2})?(?:\s{0,2}(am|pm|sa|ch)${E}|${S}(${periodWords()})(?!${S}(?:nay|qua|mai)${E}))?${NE}`),
    extract(m, text) {
      if (hasBefore(text, m.index, dateWords().notTimeBefore)) return null;
      const h = Number(m[1]), mi = Number(m[2]);
      const half = m[3]?.toUpperCase();
      const period = m[4];
      let hour = shiftHour(h, period);
      // SA/CH are sáng/chiều, the Vietnamese AM/PM; only in capitals (`ch` is too common a syllable).
      if (half && m[3] !== m[3]!.toUpperCase()) return null;
      if ((half === 'PM' || half === 'CH') && h >= 1 && h <= 11) hour = h + 12;
      if ((half === 'AM' || half === 'SA') && h === 12) hour = 0;
      const comp: Comp = { h: hour, mi };
      const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'time', comp, rank: 2 };
      if (period) c.period = period;
      if (h > 24 || mi > 59) c.invalid = true;
      return c;
    },
  },
  {
    name: 'hourTime',
    // 7h · 18h30 · 7h30' · 7 giờ 30 phút · 8 giờ tối · 7 giờ kém 15 · 9 giờ rưỡi · trong 2 giờ (duration)
    pattern: lazy(
      () =>
        String.raw`${NB}(\d{1,2})(?:h(?:(\d{2})(?:'|p(?![${LETTER}]))?)?|${S}giờ(?:${S}(\d{1,2})(?:${S}phút)?|${S}kém${S}(\d{1,2})(?:${S}phút)?|${S}(rưỡi))?)(?:${S}(${periodWords()})(?!${S}(?:nay|qua|mai)${E}))?${E}`,
    ),
    extract(m, text) {
      const [, hs, hmi, gmi, kem, ruoi, period] = m;
      let h = Number(hs);
      let mi = num(hmi ?? gmi) ?? (ruoi ? 30 : 0);
      if (kem) {
        h -= 1;
        mi = 60 - Number(kem);
      }
      const start = m.index, end = start + m[0].length;
      const w = dateWords();
      if (hasBefore(text, start, w.notTimeBefore)) return null;
      const after = wordsAfter(text, end);
      const isDuration = !period && (hasBefore(text, start, w.durationBefore) || after[0] === 'qua' || after[1] === 'vừa qua' || h > 24);
      if (isDuration) {
        if (ruoi || kem) return null;
        const dur = `PT${h}H${mi ? `${mi}M` : ''}`;
        return { start, end, kind: 'duration', value: dur, duration: dur, rank: 1 };
      }
      if (mi > 59 || h < 0) return { start, end, kind: 'time', comp: { h, mi }, invalid: true, rank: 2 };
      const c: Cand = { start, end, kind: 'time', comp: { h: shiftHour(h, period), mi }, rank: 2 };
      if (period) c.period = period;
      return c;
    },
  },
  {
    name: 'weekday',
    // thứ Hai · Thứ 7 · Chủ nhật · thứ Bảy tuần trước
    pattern: lazy(() => {
      const w = dateWords();
      return String.raw`${B}(?:thứ${S}(${alt(Object.keys(w.weekdayWords))})|(${alt(w.sundayWords)}))(?:${S}tuần${S}(này|trước|qua|tới|sau))?${E}`;
    }),
    extract(m, text) {
      const [, day, sunday, week] = m;
      const w = dateWords();
      const wd = sunday ? 7 : w.weekdayWords[day!.toLowerCase()];
      if (wd === undefined) return null;
      const comp: Comp = { wd };
      if (week) comp.weekOffset = w.relative[`tuần ${week.toLowerCase()}`]?.offset ?? 0;
      // `thứ hai` in lower case, or `thứ 2`, is mostly an ordinal ("the second"): only a weekday
      // when a time word stands before it or a date follows (the refiner decides the latter).
      const strong =
        !!sunday ||
        !!week ||
        (!/^\d/u.test(day!) && day![0] !== day![0]!.toLowerCase()) ||
        hasBefore(text, m.index, w.weekdayContext);
      const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'date', comp, rank: 2 };
      if (!strong) c.weak = true;
      return c;
    },
  },
  {
    name: 'relative',
    // hôm qua · ngày mai · tuần trước · tháng này · năm ngoái · sáng nay
    pattern: lazy(() => String.raw`${B}(${alt(Object.keys(dateWords().relative))})${E}(?!${S}\d)`),
    extract(m, text, ctx) {
      const r = dateWords().relative[key(m[1]!)];
      if (!r) return null;
      // `200 năm trước đó`: the unit word belongs to a count before it, not to `năm trước`; but in
      // `tháng 1 năm trước` the number belongs to the month.
      const cm = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
      const cw = cm?.[1];
      const counted =
        !!cw &&
        (/^\d/u.test(cw) || dateWords().countWords[cw.toLowerCase()] !== undefined) &&
        !capitalisedInside(text, m.index - cm![2]!.length - cw.length, cw);
      if (counted && !/^(?:tháng|ngày|mùng|mồng|quý)\s/u.test(wordsBefore(text, m.index)[1] ?? '')) return null;
      // `võ sư Minh Sang năm nay`: a capitalised phrase inside a sentence is (part of) a name.
      if (capitalisedInside(text, m.index, m[1]!)) return null;
      return relativeCand(m.index, m.index + m[0].length, r.unit, r.offset, ctx.ref);
    },
  },
  {
    name: 'periodModifier',
    // đầu năm · cuối tháng · giữa tuần   (đầu năm nay, cuối tháng 12: the refiner extends those)
    pattern: lazy(() => String.raw`${B}(${alt(Object.keys(dateWords().modifiers))})${S}(năm|tháng|tuần)${E}(?!${S}(?:\d|(?:nay|này|ngoái|trước|qua|tới|sau|${alt(Object.keys(dateWords().monthWords))})${E}))`),
    extract(m, _text, ctx) {
      const unit = ({ năm: 'year', tháng: 'month', tuần: 'week' } as const)[m[2]!.toLowerCase() as 'năm' | 'tháng' | 'tuần'];
      const c = relativeCand(m.index, m.index + m[0].length, unit, 0, ctx.ref);
      c.mod = dateWords().modifiers[key(m[1]!)]!;
      return c;
    },
  },
  {
    name: 'duration',
    // 5 năm qua · 3 tháng · ba tuần tới · 10 năm trước · 30 phút · 1,5 năm
    pattern: lazy(() => {
      const w = dateWords();
      const units = alt(Object.keys(w.durationUnits).filter((u) => u !== 'giờ'));
      const tails = alt([...w.pastWords, ...w.futureWords, ...w.agoWords]);
      return String.raw`${NB}(\d{1,4}(?:,\d{1,2})?|${alt(Object.keys(w.countWords))})${S}(${units})(?:${S}(${tails}))?${E}`;
    }),
    extract(m, text, ctx) {
      const [, ns, unitWord, tail] = m;
      const w = dateWords();
      // `ngày 3 tháng 12`, `tháng 12 năm 2023`, `quý 1 năm`: the number belongs to the date before it.
      const prev = wordsBefore(text, m.index)[0];
      if (prev && w.countOwners.has(prev)) return null;
      const countWord = w.countWords[ns!.toLowerCase()];
      // `Bà Sáu năm nay`, `ông Ba`: a capitalised number word inside a sentence is a name.
      if (countWord !== undefined && capitalisedInside(text, m.index, ns!)) return null;
      // `một ngày` alone is mostly "one day" (some day); a length of one unit needs `qua`/`tới`.
      if (countWord === 1 && !tail) return null;
      const n = countWord ?? Number(ns!.replace(',', '.'));
      if (n === 0 || (typeof n === 'number' && !Number.isFinite(n))) return null;
      const unit = w.durationUnits[key(unitWord!)]!;
      const amount = n === 'X' ? 'X' : String(Number((n * unit.times).toFixed(2)));
      const iso = unit.iso.startsWith('T') ? `PT${amount}${unit.iso.slice(1)}` : `P${amount}${unit.iso}`;
      let start = m.index;
      let end = m.index + m[0].length;
      let t = tail ? key(tail) : null;
      // `8 ngày trước khi có triệu chứng`, `10 năm trước đó`: before another event, a length, not a date.
      if (t === 'trước' && w.eventAfter.has(wordsAfter(text, end)[0] ?? '')) {
        end -= tail!.length;
        end = m.index + m[0].slice(0, end - m.index).trimEnd().length;
        t = null;
      }
      // `cách đây 15 năm (trước)`: N units before the dateline, like `15 năm trước`.
      const cachDay = CACH_DAY.exec(text.slice(Math.max(0, start - 16), start));
      if (cachDay) {
        start -= cachDay[0].length;
        t ??= 'trước';
      }
      const units: Record<string, 'year' | 'month' | 'week' | 'day'> = { Y: 'year', M: 'month', W: 'week', D: 'day' };
      const dateUnit = units[unit.iso];
      const base: Cand = { start, end, kind: 'duration', value: iso, duration: iso, rank: 1 };
      if (!t) return base;
      if (!dateUnit || n === 'X' || typeof n !== 'number' || !Number.isInteger(n)) return base;
      const back = !cachDay && w.pastWords.includes(t);
      const ahead = !cachDay && w.futureWords.includes(t);
      if (!ctx.ref) return back || ahead ? base : { ...base, kind: 'relative', value: null };
      const months = dateUnit === 'year' ? 12 * n * unit.times : dateUnit === 'month' ? n : 0;
      const days = dateUnit === 'week' ? 7 * n : dateUnit === 'day' ? n : 0;
      const shift = (sign: number): Reference =>
        months ? addMonths(ctx.ref!, sign * months) : addDays(ctx.ref!, sign * days);
      const refDay = formatDay(ctx.ref.y, ctx.ref.m, ctx.ref.d);
      if (back || ahead) {
        // `5 năm qua` against 2023-12-03 is 2018-12-03/2023-12-03: the span it names, not a length.
        const other = shift(back ? -1 : 1);
        const o = formatDay(other.y, other.m, other.d);
        end = m.index + m[0].length;
        return { ...base, kind: 'range', value: back ? `${o}/${refDay}` : `${refDay}/${o}`, rank: 2 };
      }
      // `10 năm trước`: a point in the past, at the unit's own precision.
      const p = shift(-1);
      const value =
        dateUnit === 'year' ? String(p.y) : dateUnit === 'month' ? `${p.y}-${String(p.m).padStart(2, '0')}` : dateUnit === 'week' ? formatWeek(p) : formatDay(p.y, p.m, p.d);
      return { ...base, kind: 'relative', value, rank: 2 };
    },
  },
  {
    name: 'tetDay',
    // mùng 1 Tết · mồng 3 Tết · 30 Tết · ngày 28 Tết
    pattern: lazy(() => String.raw`(?:${B}(mùng|mồng|ngày)${S})?${NB}(\d{1,2}|${alt(Object.keys(dateWords().numberWords))})${S}tết${E}`),
    extract(m) {
      const [, kw, ds] = m;
      const d = /^\d/u.test(ds!) ? Number(ds) : dateWords().numberWords[ds!.toLowerCase()];
      if (d === undefined) return null;
      const mung = kw && /^m/iu.test(kw);
      // `mùng 1 Tết` counts days of the first month; `30 Tết`, `28 Tết` the last days of the year before.
      let comp: Comp;
      if (mung || d <= 10) comp = { d, m: 1, lunar: true };
      else if (d >= 20 && d <= 30) comp = { d, m: 12, lunar: true };
      else return null;
      return { start: m.index, end: m.index + m[0].length, kind: 'date', comp, rank: 3 };
    },
  },
  {
    name: 'fullMoon',
    // rằm tháng Giêng · Rằm tháng 7 · rằm tháng Tám năm 2024
    pattern: lazy(() => String.raw`${B}rằm${S}tháng${S}(${monthWordAlt()})(?:${S}năm${S}(\d{4}))?${E}`),
    extract(m) {
      const word = m[1]!;
      const w = dateWords().monthWords[key(word)];
      const mo = /^\d/u.test(word) ? Number(word) : w?.month;
      if (mo === undefined || mo < 1 || mo > 12) return null;
      const comp: Comp = { d: 15, m: mo, lunar: true };
      if (m[2]) comp.y = Number(m[2]);
      return { start: m.index, end: m.index + m[0].length, kind: 'date', comp, rank: 3 };
    },
  },
  {
    name: 'birthYear',
    // (SN 1985, trú xã Tân Phú): police and court news abbreviate `sinh năm` as `SN`
    cased: true,
    pattern: lazy(() => String.raw`${B}SN\s{0,2}${NB}((?:1[89]|20)\d\d)${NE}`, 'gu'),
    extract(m) {
      return { start: m.index, end: m.index + m[0].length, kind: 'year', comp: { y: Number(m[1]) }, rank: 3 };
    },
  },
  {
    name: 'lunarNewYear',
    // Tết Giáp Thìn 2024 · Tết Nguyên đán 2024 · Tết Nguyên đán Ất Tỵ
    cased: true,
    pattern: lazy(() => {
      const cc = dateWords().canChi;
      return String.raw`${B}Tết(?:${S}Nguyên${S}đán)?(?:${S}(${alt(cc.stems.flat())})${S}(${alt(cc.branches.flat())}))?(?:${S}(?:năm${S})?${NB}(\d{4}))?${E}`;
    }, 'gu'),
    extract(m, _text, ctx) {
      const [, stem, branch, ys] = m;
      // `Tết Nguyên đán` alone names the holiday, not one day; a year or its name pins it.
      if (!ys && !stem) return null;
      let y: number | undefined = ys ? Number(ys) : undefined;
      if (y === undefined && stem && branch) y = canChiYear(stem, branch, ctx.ref?.y);
      const comp: Comp = { d: 1, m: 1, lunar: true };
      if (y !== undefined) comp.y = y;
      return { start: m.index, end: m.index + m[0].length, kind: 'date', comp, rank: 3 };
    },
  },
  {
    name: 'untilNow',
    // (từ năm 2015) đến nay · (từ tháng 3) tới nay · (từ đầu năm) đến hiện nay: only the end of a range
    pattern: lazy(() => String.raw`(?<=(?:đến|tới)\s{1,3})(?:hiện${S})?nay${E}`),
    extract(m, _text, ctx) {
      const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'relative', now: true, weak: true, rank: 1 };
      if (ctx.ref) c.comp = { y: ctx.ref.y, m: ctx.ref.m, d: ctx.ref.d };
      else c.value = 'PRESENT_REF';
      return c;
    },
  },
  {
    name: 'isoDate',
    // 2023-12-03 (metadata and some online datelines)
    pattern: lazy(() => String.raw`${NB}((?:1[89]|20)\d\d)-(\d{2})-(\d{2})${NE}`),
    extract(m) {
      const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return { start: m.index, end: m.index + m[0].length, kind: 'date', comp: { y, m: mo, d }, rank: 3 };
    },
  },
  {
    name: 'decade',
    // thập niên 1990 · những năm 90 · thập kỷ 80 (TIMEX3 decade `199`)
    pattern: lazy(() => String.raw`${B}(?:thập${S}niên|thập${S}kỷ|những${S}năm)${S}${NB}((?:1[89]|20)?\d0)${NE}`),
    extract(m) {
      const ds = m[1]!;
      let y = Number(ds);
      // Two digits: the twentieth century, except 00–20, which news means as this century.
      if (ds.length === 2) y += y <= 20 ? 2000 : 1900;
      else if (ds.length !== 4) return null;
      return { start: m.index, end: m.index + m[0].length, kind: 'year', value: String(Math.floor(y / 10)), rank: 3 };
    },
  },
  {
    name: 'hourRange',
    // 7-11h · 14h-16h30 · 7 - 9 giờ (the hour unit written once, after the second number)
    pattern: lazy(() => String.raw`${NB}(\d{1,2})(?:h(\d{2})?)?\s{0,2}[-–]\s{0,2}(\d{1,2})(?:h(\d{2})?|${S}giờ)(?:${S}(${periodWords()})(?!${S}(?:nay|qua|mai)${E}))?${E}`),
    extract(m, text) {
      const [, h1s, m1s, h2s, m2s, period] = m;
      if (hasBefore(text, m.index, dateWords().notTimeBefore)) return null;
      const h1 = Number(h1s), h2 = Number(h2s);
      if (h1 > 24 || h2 > 24) return null;
      let a = shiftHour(h1, period), b = shiftHour(h2, period);
      // `9-11h trưa` is 09:00–11:00, not 21:00: the shift must keep the range in order.
      if (a > b) a = h1;
      if (a > b) return null;
      const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'range', comp: { h: a, mi: num(m1s) ?? 0 }, to: { h: b, mi: num(m2s) ?? 0 }, rank: 3 };
      if (period) c.period = period;
      return c;
    },
  },
  {
    name: 'newYearsDay',
    // Tết Dương lịch 2024
    cased: true,
    pattern: lazy(() => String.raw`${B}Tết${S}Dương${S}lịch${S}(?:năm${S})?${NB}(\d{4})${NE}`, 'gu'),
    extract(m) {
      return { start: m.index, end: m.index + m[0].length, kind: 'date', comp: { y: Number(m[1]), m: 1, d: 1 }, rank: 3 };
    },
  },
  {
    name: 'consecutiveDays',
    // (trong hai ngày) 26 và 27/6 · ngày 25, 26 và 27/12/2023 (one range) · ngày 3 và 5/12 (two dates)
    pattern: lazy(() => String.raw`(?:${B}(ngày)${S})?${NB}(\d{1,2})(?:\s{0,2},\s{1,3}(\d{1,2}))?${S}và${S}(\d{1,2})([\/.\-])(\d{1,2})(?:\5(\d{4}))?${NE}`),
    extract(m, text) {
      const [, kw, a, b, c, sep, ms, ys] = m;
      const days = [a, b, c].filter((x): x is string => x !== undefined).map(Number);
      const mo = Number(ms);
      if (mo < 1 || mo > 12 || days.some((d) => d < 1 || d > 31)) return null;
      if (!kw && !ys && sep !== '/' && !hasBefore(text, m.index, dateWords().dayMonthWeakContext)) return null;
      if (days.some((d, i) => i > 0 && d !== days[i - 1]! + 1)) {
        // `ngày 3 và 5/12`: days that are not consecutive are each a date of the month written last.
        if (!kw) return null;
        const out: Cand[] = [];
        let at = m.index + kw.length;
        const parts = [a, b, c].filter((x): x is string => x !== undefined);
        parts.forEach((part, i) => {
          const pos = text.indexOf(part, at);
          const start = i === 0 ? m.index : pos;
          const end = i === parts.length - 1 ? m.index + m[0].length : pos + part.length;
          const comp: Comp = { d: Number(part), m: mo };
          if (ys) comp.y = Number(ys);
          out.push({ start, end, kind: 'date', comp, rank: 3 });
          at = pos + part.length;
        });
        return out;
      }
      const from: Comp = { d: days[0]!, m: mo };
      const to: Comp = { d: days[days.length - 1]!, m: mo };
      if (ys) from.y = to.y = Number(ys);
      // `hai ngày 26 và 27/6`: that `ngày` counts days (a duration of its own), so the range starts at the digits.
      let start = m.index;
      const prev = wordsBefore(text, m.index)[0];
      if (kw && prev && (/^\d+$/u.test(prev) || dateWords().countWords[prev] !== undefined)) start = m.index + m[0].indexOf(a!, kw.length);
      return { start, end: m.index + m[0].length, kind: 'range', comp: from, to, rank: 4 };
    },
  },
  {
    name: 'sameDay',
    // Chiều cùng ngày · (15h) cùng ngày · ngày hôm đó
    pattern: lazy(() => String.raw`${B}(?:(${periodWords()})${S})?(${alt(dateWords().anaphoricDays)})${E}`),
    extract(m) {
      const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'relative', relUnit: 'day', anaphor: true, value: null, rank: 2 };
      if (m[1]) c.period = m[1];
      return c;
    },
  },
  {
    name: 'dayRange',
    // 24-31/7 · từ 24 đến 31/7 · từ ngày 3 đến ngày 5/12/2023
    pattern: lazy(
      () =>
        String.raw`(?:${B}(từ)${S})?(?:(ngày)${S})?${NB}(\d{1,2})(?:\s{0,2}[-–]\s{0,2}|${S}(đến|tới)${S}(?:ngày${S})?)(\d{1,2})([\/.]|\s?[-–]\s?)(\d{1,2})(?:\6(\d{4}))?${NE}`,
    ),
    extract(m, text) {
      const [, tu, ngay, d1s, word, d2s, sep, ms, ys] = m;
      if (word && !tu && !ngay) return null;
      // `1 - 2 - 3` is no range of days; a dash before the month needs `đến` between the days.
      if (!word && /[-–]/u.test(sep!)) return null;
      const d1 = Number(d1s), d2 = Number(d2s), mo = Number(ms);
      if (!(d1 >= 1 && d1 < d2 && d2 <= 31 && mo >= 1 && mo <= 12)) return null;
      if (!tu && !ngay && hasBefore(text, m.index, dateWords().notDateBefore)) return null;
      const from: Comp = { d: d1, m: mo };
      const to: Comp = { d: d2, m: mo };
      if (ys) from.y = to.y = Number(ys);
      return { start: m.index, end: m.index + m[0].length, kind: 'range', comp: from, to, rank: 4 };
    },
  },
  {
    name: 'dayMonthRange',
    // 30/11 - 3/12 · 28/12/2023-2/1/2024
    pattern: lazy(
      () =>
        String.raw`(?:${B}(từ|ngày)${S})?${NB}(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s{0,2}[-–]\s{0,2}(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?${NE}`,
    ),
    extract(m) {
      const [, , d1, m1, y1, d2, m2, y2] = m;
      const a: Comp = { d: Number(d1), m: Number(m1) };
      const b: Comp = { d: Number(d2), m: Number(m2) };
      if ([a, b].some((c) => c.m! < 1 || c.m! > 12 || c.d! < 1 || c.d! > 31)) return null;
      if (y2) b.y = Number(y2);
      if (y1) a.y = Number(y1);
      else if (y2) a.y = a.m! > b.m! ? Number(y2) - 1 : Number(y2);
      return { start: m.index, end: m.index + m[0].length, kind: 'range', comp: a, to: b, rank: 4 };
    },
  },
];

/** The year nearest `near` (or none without it) whose sexagenary name is `stem branch`. */
function canChiYear(stem: string, branch: string, near: number | undefined): number | undefined {
  if (near === undefined) return undefined;
  const cc = dateWords().canChi;
  const si = cc.stems.findIndex((v) => v.includes(stem));
  const bi = cc.branches.findIndex((v) => v.includes(branch));
  for (let dy = 0; dy <= 30; dy++) {
    for (const y of [near + dy, near - dy]) if ((y + 6) % 10 === si && (y + 8) % 12 === bi) return y;
  }
  return undefined;
}

/** A relative expression resolved at its unit's precision, or TIMEX3 `X`s without a reference. */
export function relativeCand(
  start: number,
  end: number,
  unit: 'day' | 'week' | 'month' | 'year',
  offset: number,
  ref: Reference | null,
): Cand {
  const c: Cand = { start, end, kind: 'relative', rank: 2, relUnit: unit, relOffset: offset };
  if (!ref) {
    c.value = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' }[unit];
    return c;
  }
  if (unit === 'day') {
    const d = addDays(ref, offset);
    c.comp = { y: d.y, m: d.m, d: d.d };
  } else if (unit === 'week') {
    c.value = formatWeek(addDays(isoWeek(ref).monday, 7 * offset));
  } else if (unit === 'month') {
    const d = addMonths({ ...ref, d: 1 }, offset);
    c.comp = { y: d.y, m: d.m };
  } else {
    c.comp = { y: ref.y + offset };
  }
  return c;
}
