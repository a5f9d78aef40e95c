// What the date parsers share: the boundaries every numeric or word-led form starts and ends
// with, context tests, and the helpers that read month names, parts of the day and relative days.
import { DIGIT, LETTER, LETTER_OR_DIGIT } from '../../../lexicon/letters.js';
import { isLetterOrDigitCode } from '../../../lexicon/letters.js';
import { alt, dateWords, key, wordsBefore } from '../words.js';
import { addDays, addMonths, formatWeek, isoWeek, type Reference } from '../values.js';
import type { Cand, Opening } from '../candidate.js';

// A number that is not glued to letters, digits or the separators of a longer number or code
// (`1.850.000`, `COVID-19`, `123/QĐ`). Used at the start and end of every numeric form.
// The classes come from util/letters.ts: `\p{L}` in each of these patterns cost 150 ms of start-up.
export const NB = String.raw`(?<![${LETTER_OR_DIGIT}]|[${LETTER_OR_DIGIT}][.,\/:\-])`;
export const NE = String.raw`(?![${LETTER_OR_DIGIT}]|[.,\/:][${DIGIT}]|[\/\-][${LETTER}])`;
// Word boundaries for word-led forms.
export const B = String.raw`(?<![${LETTER_OR_DIGIT}])`;
export const E = String.raw`(?![${LETTER_OR_DIGIT}])`;
export const S = String.raw`\s{1,3}`;

// Context tests run inside the parsers, built once here.
// Example: ` âm lịch` after `20 tháng 10` (`(tức 20 tháng 10 âm lịch)`)
export const LUNAR_AFTER = new RegExp(String.raw`^\s{1,3}(?:âm lịch|ÂL)${E}`, 'iu');
// Example: `200 ` before `năm trước đó` (the count the unit word belongs to)
export const COUNT_BEFORE = new RegExp(String.raw`(?:^|[\s(,])(\d+|[${LETTER}]+)(\s{1,3})$`, 'u');
// Example: `cách đây ` before `15 năm`
export const CACH_DAY = new RegExp(String.raw`${B}cách\s{1,3}đây\s{1,3}$`, 'iu');

// A parser's pattern, built on first use. Unless the parser is `cased`, the pattern is written in
// lower case and matched against the lower-cased text without the `i` flag: `i` makes V8 compute
// the case closure of every letter class, which doubled the compile time of these patterns (16
// -> 8 ms for the 25 of them on a cold start). `d` gives the groups' positions in the original text.
export const lazy = (build: () => string, flags = 'gdu'): (() => RegExp) => {
  let re: RegExp | null = null;
  return () => (re ??= new RegExp(build(), flags));
};

/** A `needs` list built once, on first use. */
export const needing = (build: () => readonly string[]): (() => readonly string[]) => {
  let list: readonly string[] | null = null;
  return () => (list ??= build());
};

/**
 * An `opens` built once, on first use: the first word of each phrase (up to its first character
 * that is not a letter or digit), and whether a match may start with a number instead.
 */
export const opening = (digits: boolean, phrases: () => Iterable<string> = () => []): (() => Opening) => {
  let built: Opening | null = null;
  return () => (built ??= { digits, words: [...new Set([...phrases()].map(firstWord))] });
};

function firstWord(phrase: string): string {
  let end = 0;
  while (end < phrase.length && isLetterOrDigitCode(phrase.charCodeAt(end))) end++;
  return phrase.slice(0, end);
}

/**
 * The last word of each phrase, as `needs` words: a pattern built with alt() lets any whitespace
 * stand for a phrase's spaces (`cùng\nngày`), so only a single word is sure to be in the text.
 */
export function lastWords(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((p) => p.slice(p.lastIndexOf(' ') + 1)))];
}

export const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

export function hasBefore(text: string, index: number, set: Set<string>): boolean {
  return wordsBefore(text, index).some((w) => set.has(w));
}

export function periodWords(): string {
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
export function monthOf(word: string, allowLower = false): { month: number; lunar: boolean } | null {
  if (/^\d+$/u.test(word)) return { month: Number(word), lunar: false };
  const w = dateWords().monthWords[key(word)];
  if (!w) return null;
  const lower = word[0] === word[0]?.toLowerCase();
  if (!w.lunar && lower && (!allowLower || key(word) === 'năm')) return null;
  return { month: w.month, lunar: !!w.lunar };
}

/** Is the word before `index` a capitalised name (`Bà Sáu`, `Minh Sang`) rather than a sentence start? */
export function capitalisedInside(text: string, index: number, word: string): boolean {
  if (word[0] === word[0]!.toLowerCase()) return false;
  const before = text.slice(Math.max(0, index - 20), index).trimEnd();
  return before.length > 0 && !/[.!?:;"“”(\n…-]$/u.test(before);
}

export function monthWordAlt(): string {
  return String.raw`\d{1,2}|${alt(Object.keys(dateWords().monthWords))}`;
}

/** Is a bare number pair a date by its context? Used by the `d/m`, `d-m`, `d.m` forms. */
export function dayMonthContext(text: string, index: number): boolean {
  const w = dateWords();
  if (hasBefore(text, index, w.dayMonthContext)) return true;
  const before = text.slice(Math.max(0, index - 20), index);
  return weekdayBefore().test(before);
}

// ( tháng bảy) năm ngoái: a relative year right after a month name.
export const relYearAfter = lazy(() => String.raw`^\s{1,3}năm\s{1,3}(?:${alt(dateWords().yearRelTails)})(?![${LETTER_OR_DIGIT}])`, 'iu');

// `thứ Hai (4/12)`, `Thứ Hai, 4/12`, `hôm qua, 18 - 8`: a weekday or a relative day right before
// a bare day-month names that date.
export const weekdayBefore = lazy(() => {
  const w = dateWords();
  const days = Object.entries(w.relative).filter(([, r]) => r.unit === 'day').map(([k]) => k);
  return String.raw`(?:thứ\s(?:${alt(Object.keys(w.weekdayWords))})|${alt(w.sundayWords)}|${alt(days)})\s?[,(]?\s?$`;
}, 'iu');

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
