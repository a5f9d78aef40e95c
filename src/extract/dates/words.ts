// The date extractor's word lists (src/data/date-words.json), loaded once on first use, and the
// helpers that turn them into regular-expression alternatives.
import { LETTER_OR_DIGIT } from '../../lexicon/letters.js';
import { readDataFile } from '../../util/data.js';

export interface PeriodRule {
  pm: [number, number] | null;
  midnight12?: boolean;
}
export interface MonthWord {
  month: number;
  lunar?: boolean;
}
export interface RelativeRule {
  unit: 'day' | 'week' | 'month' | 'year';
  offset: number;
}
export type Mod = 'START' | 'MID' | 'END';

export interface DateWords {
  weekdayWords: Record<string, number>;
  sundayWords: string[];
  periods: Record<string, PeriodRule>;
  monthWords: Record<string, MonthWord>;
  lunarMarkers: string[];
  canChi: { stems: string[][]; branches: string[][] };
  quarters: Record<string, number>;
  relative: Record<string, RelativeRule>;
  modifiers: Record<string, Mod>;
  durationUnits: Record<string, { iso: string; times: number }>;
  countWords: Record<string, number | 'X'>;
  pastWords: string[];
  futureWords: string[];
  agoWords: string[];
  durationBefore: Set<string>;
  dayMonthContext: Set<string>;
  dayMonthWeakContext: Set<string>;
  slashContext: Set<string>;
  notTimeBefore: Set<string>;
  /** Words before `h:mm` that make it a clock time, possible or not (`lúc 19:75`). */
  timeBefore: Set<string>;
  slashAfterOk: Set<string>;
  notDateBefore: Set<string>;
  notDates: Set<string>;
  datelineLead: string[];
  anaphoricDays: string[];
  numberWords: Record<string, number>;
  countOwners: Set<string>;
  weekdayContext: Set<string>;
  monthEvidence: Set<string>;
  eventAfter: Set<string>;
  anaphoricNights: string[];
  storyDays: Record<string, number>;
  recentWords: string[];
  partOfDayLeads: string[];
  partOfDayCodes: Record<string, string>;
  partOfDayBefore: Set<string>;
  manyWords: Set<string>;
  approxCounts: Set<string>;
  notLengthAfter: Set<string>;
  oneNotLengthAfter: Set<string>;
  oneNotLengthBefore: Set<string>;
  inclusiveBefore: Set<string>;
  /** Heads of names carrying a year, each also with a capital first letter. */
  eventHeads: string[];
  hourAfter: Set<string>;
  /** `nay`, `ngoái`, … : the words that follow `năm` in a relative year (`năm ngoái`). */
  yearRelTails: string[];
}

let cached: DateWords | null = null;

/** Drops the `_note`/`_source` keys that document the JSON file. */
function entries<T>(obj: Record<string, unknown>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(obj)) if (!k.startsWith('_')) out[k] = v as T;
  return out;
}

export function dateWords(): DateWords {
  if (cached) return cached;
  const raw = JSON.parse(readDataFile('date-words.json')) as Record<
    string,
    Record<string, unknown> & { words?: string[] }
  >;
  const list = (k: string): string[] => (raw[k]?.words ?? (raw[k] as unknown as string[])) ?? [];
  cached = {
    weekdayWords: entries<number>(raw.weekdayWords ?? {}),
    sundayWords: raw.sundayWords as unknown as string[],
    periods: entries<PeriodRule>(raw.periods ?? {}),
    monthWords: entries<MonthWord>(raw.monthWords ?? {}),
    lunarMarkers: raw.lunarMarkers as unknown as string[],
    canChi: raw.canChi as unknown as { stems: string[][]; branches: string[][] },
    quarters: entries<number>(raw.quarters ?? {}),
    relative: entries<RelativeRule>(raw.relative ?? {}),
    modifiers: entries<Mod>(raw.modifiers ?? {}),
    durationUnits: entries<{ iso: string; times: number }>(raw.durationUnits ?? {}),
    countWords: entries<number | 'X'>(raw.countWords ?? {}),
    pastWords: raw.pastWords as unknown as string[],
    futureWords: raw.futureWords as unknown as string[],
    agoWords: raw.agoWords as unknown as string[],
    durationBefore: new Set(list('durationBefore')),
    dayMonthContext: new Set(list('dayMonthContext')),
    dayMonthWeakContext: new Set(list('dayMonthWeakContext')),
    slashContext: new Set(list('slashContext')),
    notTimeBefore: new Set(list('notTimeBefore')),
    timeBefore: new Set(list('timeBefore')),
    slashAfterOk: new Set(list('slashAfterOk')),
    notDateBefore: new Set(list('notDateBefore')),
    notDates: new Set(list('notDates')),
    datelineLead: list('datelineLead'),
    anaphoricDays: list('anaphoricDays'),
    numberWords: entries<number>(raw.numberWords ?? {}),
    countOwners: new Set(list('countOwners')),
    weekdayContext: new Set(list('weekdayContext')),
    monthEvidence: new Set(list('monthEvidence')),
    eventAfter: new Set(list('eventAfter')),
    anaphoricNights: list('anaphoricNights'),
    storyDays: entries<number>(raw.storyDays ?? {}),
    recentWords: list('recentWords'),
    partOfDayLeads: list('partOfDayLeads'),
    partOfDayCodes: entries<string>(raw.partOfDayCodes ?? {}),
    partOfDayBefore: new Set(list('partOfDayBefore')),
    manyWords: new Set(list('manyWords')),
    approxCounts: new Set(list('approxCounts')),
    notLengthAfter: new Set(list('notLengthAfter')),
    oneNotLengthAfter: new Set(list('oneNotLengthAfter')),
    oneNotLengthBefore: new Set(list('oneNotLengthBefore')),
    inclusiveBefore: new Set(list('inclusiveBefore')),
    eventHeads: list('eventHeads').flatMap((h) => [h, h[0]!.toUpperCase() + h.slice(1)]),
    hourAfter: new Set(list('hourAfter')),
    yearRelTails: Object.entries(entries<RelativeRule>(raw.relative ?? {}))
      .filter(([k, r]) => r.unit === 'year' && k.startsWith('năm '))
      .map(([k]) => k.slice(4)),
  };
  return cached;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A regex alternative of the given words, escaped, longest first (so `chiều tối` is tried before
 * `chiều`), with single spaces widened to `\s` so a line break inside a phrase still matches.
 */
export function alt(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0 && !w.startsWith('_'));
  list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return list.map((w) => escape(w).replace(/ /gu, '\\s')).join('|');
}

/** Lower case with whitespace runs folded to one space, for looking a matched phrase up in a list. */
export function key(s: string): string {
  return s.toLowerCase().replace(/\s+/gu, ' ');
}

const WORD_CHAR = new RegExp(`^[${LETTER_OR_DIGIT}]$`, 'u');
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/**
 * The last one to three words before `index` (lower case, single-spaced), so a parser can ask
 * "is this preceded by `tỷ lệ`?" without an unbounded look-behind: for `có tới 3/4` at the `3`,
 * [`tới`, `có tới`]. Only words separated by blanks count (a comma or bracket ends the run), and
 * it reads at most 40 characters back. A hand-written scan: this runs for most candidates.
 */
export function wordsBefore(text: string, index: number): string[] {
  const min = Math.max(0, index - 40);
  const out: string[] = [];
  let i = index;
  let acc = '';
  for (let n = 0; n < 3; n++) {
    let j = i;
    while (j > min && isBlank(text[j - 1])) j--;
    if (j === i) break;
    let k = j;
    while (k > min && isWordChar(text[k - 1])) k--;
    // A word cut by the 40-character window is not a word we can trust.
    if (k === j || (k === min && min > 0)) break;
    const w = text.slice(k, j).toLowerCase();
    acc = acc ? `${w} ${acc}` : w;
    out.push(acc);
    i = k;
  }
  return out;
}

/** The first one to three words after `index` (`25/2 tới` → [`tới`]), lower case, single-spaced. Reads at most 40 characters. */
export function wordsAfter(text: string, index: number): string[] {
  const max = Math.min(text.length, index + 40);
  const out: string[] = [];
  if (!isBlank(text[index])) return out;
  let i = index;
  let acc = '';
  for (let n = 0; n < 3; n++) {
    let j = i;
    while (j < max && isBlank(text[j])) j++;
    if (n === 0 && j !== i + 1) break;
    let k = j;
    while (k < max && isWordChar(text[k])) k++;
    if (k === j || (k === max && max < text.length)) break;
    const w = text.slice(j, k).toLowerCase();
    acc = acc ? `${acc} ${w}` : w;
    out.push(acc);
    i = k;
    if (!isBlank(text[i])) break;
  }
  return out;
}
