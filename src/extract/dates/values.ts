// Calendar arithmetic and ISO 8601 / TIMEX3 formatting for the date extractor: what a parsed
// date "is" (its components) becomes a value string here, once, after every merge.
import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';
import { daysIn, formatDay, validDate, validTime } from '../../lexicon/calendar.js';

// The calendar is lexicon/calendar.ts's, shared with the date-invalid check rule.
export { daysIn, formatDay, isLeap, validDate, validTime } from '../../lexicon/calendar.js';

/** The pieces of a date or time a parser read from the text. Missing means "not said". */
export interface Comp {
  y?: number;
  m?: number;
  d?: number;
  h?: number;
  mi?: number;
  /** ISO weekday, Monday 1 … Sunday 7. */
  wd?: number;
  /** Quarter of the year, 1–4. */
  q?: number;
  /** Week offset from the reference week, when a weekday was tied to `tuần này/trước/tới`. */
  weekOffset?: number;
  /** The day and month are lunar (âm lịch). */
  lunar?: boolean;
}

export interface Reference {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Reads `2023-12-03`, `2023-12-03T07:09`, `2023-12`, `2023`; anything else is no reference. */
export function parseReference(value: string | null): Reference | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  return { y, m: mo, d };
}

/** Adds days in UTC so no local time zone or daylight saving moves the date. */
export function addDays(r: Reference, n: number): Reference {
  const t = new Date(Date.UTC(r.y, r.m - 1, r.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Adds months (or years as 12 months), clamping the day to the target month's length. */
export function addMonths(r: Reference, n: number): Reference {
  const total = r.y * 12 + (r.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(r.d, daysIn(y, m)) };
}

/** ISO 8601 week (`2023-W48`) of a day, and the Monday that starts it. */
export function isoWeek(r: Reference): { year: number; week: number; monday: Reference } {
  const t = new Date(Date.UTC(r.y, r.m - 1, r.d));
  const wd = t.getUTCDay() || 7;
  const monday = addDays(r, 1 - wd);
  const thursday = addDays(r, 4 - wd);
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const week = Math.floor((Date.UTC(thursday.y, thursday.m - 1, thursday.d) - jan1) / 86_400_000 / 7) + 1;
  return { year: thursday.y, week, monday };
}

export function formatWeek(r: Reference): string {
  const w = isoWeek(r);
  return `${w.year}-W${pad(w.week)}`;
}

/** The lunar year that the reference day falls in (3 Dec 2023 is in lunar 2023). */
export function lunarYearOf(r: Reference): number {
  return getLunarDate(r.d, r.m, r.y).year;
}

/** Solar day of a lunar day, or null outside the converter's range. */
export function lunarToSolar(d: number, m: number, y: number): Reference | null {
  if (y < 1200 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 30) return null;
  const s = getSolarDate(d, m, y);
  if (!s || !s.year) return null;
  // The converter does not check that the lunar day exists (a 29-day month has no 30th): round-trip.
  const back = getLunarDate(s.day, s.month, s.year);
  if (back.day !== d || back.month !== m) return null;
  return { y: s.year, m: s.month, d: s.day };
}

/**
 * The year a day or a month written without one most likely means, given the dateline: the
 * dateline's own year, unless that puts the date more than 6 months after it (news reports what
 * happened: `đêm 31/12` in an article of 20 January is the December just past) or more than 10
 * months before it (`ngày 15/1` in an article of 3 December is the coming January). Schedules and
 * deadlines a few months ahead (`trước 30/9` in July) keep the year. `ngày 25/2` against
 * 2023-12-03 stays 2023-02-25.
 */
export function impliedYear(m: number, d: number | undefined, ref: Reference): number {
  const months = m - ref.m + (d === undefined ? 0 : (d - ref.d) / 31);
  if (months > 6) return ref.y - 1;
  if (months < -10) return ref.y + 1;
  return ref.y;
}

export interface Formatted {
  value: string | null;
  invalid?: boolean;
  lunar?: string;
}

/**
 * The value of a point. The year comes from the text, else from the reference, else `XXXX`
 * (TIMEX3). Impossible dates and times give `value: null, invalid: true`.
 */
export function formatComp(c: Comp, ref: Reference | null): Formatted {
  if (c.h !== undefined && !validTime(c.h, c.mi ?? 0)) return { value: null, invalid: true };
  const time = c.h !== undefined ? `T${pad(c.h)}:${pad(c.mi ?? 0)}` : '';
  if (c.lunar) return formatLunar(c, ref, time);
  if (c.q !== undefined) {
    const y = c.y ?? ref?.y;
    return { value: `${y === undefined ? 'XXXX' : pad(y, 4)}-Q${c.q}` };
  }
  if (c.d !== undefined && c.m !== undefined) {
    if (c.y !== undefined && !validDate(c.d, c.m, c.y)) return { value: null, invalid: true };
    if (!validDate(c.d, c.m)) return { value: null, invalid: true };
    let y: number | undefined = c.y ?? (ref ? impliedYear(c.m, c.d, ref) : undefined);
    // 29/2 with a year taken from a non-leap reference: the year is unknown, not the date wrong.
    if (y !== undefined && !validDate(c.d, c.m, y)) y = undefined;
    return { value: `${y === undefined ? 'XXXX' : pad(y, 4)}-${pad(c.m)}-${pad(c.d)}${time}` };
  }
  if (c.wd !== undefined) {
    if (c.weekOffset !== undefined && ref) {
      const monday = isoWeek(ref).monday;
      const day = addDays(monday, c.weekOffset * 7 + c.wd - 1);
      return { value: formatDay(day.y, day.m, day.d) + time };
    }
    return { value: `XXXX-WXX-${c.wd}${time}` };
  }
  if (c.m !== undefined) {
    if (c.m < 1 || c.m > 12) return { value: null, invalid: true };
    const y = c.y ?? (ref ? impliedYear(c.m, undefined, ref) : undefined);
    return { value: `${y === undefined ? 'XXXX' : pad(y, 4)}-${pad(c.m)}` };
  }
  if (c.y !== undefined) return { value: pad(c.y, 4) };
  if (time) return { value: time };
  return { value: null };
}

/**
 * The lunar year a lunar day without one most likely means: of the lunar years around the
 * dateline's, the one whose solar day is nearest to it (`mùng 1 Tết` in a December article is the
 * coming Tết, in a March article the one just past).
 */
function nearestLunarYear(d: number, m: number, ref: Reference): number {
  const base = lunarYearOf(ref);
  const refDay = Date.UTC(ref.y, ref.m - 1, ref.d);
  let best = base;
  let bestGap = Infinity;
  for (const y of [base - 1, base, base + 1]) {
    const s = lunarToSolar(Math.min(d, 29), m, y);
    if (!s) continue;
    const gap = Math.abs(Date.UTC(s.y, s.m - 1, s.d) - refDay);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

function formatLunar(c: Comp, ref: Reference | null, time: string): Formatted {
  const y = c.y ?? (ref && c.m !== undefined && c.m >= 1 && c.m <= 12 ? nearestLunarYear(c.d ?? 15, c.m, ref) : undefined);
  const ys = y === undefined ? 'XXXX' : pad(y, 4);
  if (c.m === undefined || c.m < 1 || c.m > 12) return { value: null, invalid: true };
  if (c.d === undefined) {
    const lunar = `${ys}-${pad(c.m)}`;
    if (y === undefined) return { value: null, lunar };
    // A lunar month as the solar days it covers: its first day to the day before the next one.
    const first = lunarToSolar(1, c.m, y);
    const next = c.m === 12 ? lunarToSolar(1, 1, y + 1) : lunarToSolar(1, c.m + 1, y);
    if (!first || !next) return { value: null, lunar };
    const last = addDays(next, -1);
    return { value: `${formatDay(first.y, first.m, first.d)}/${formatDay(last.y, last.m, last.d)}`, lunar };
  }
  if (c.d < 1 || c.d > 30) return { value: null, invalid: true };
  const lunar = `${ys}-${pad(c.m)}-${pad(c.d)}`;
  if (y === undefined) return { value: null, lunar };
  const s = lunarToSolar(c.d, c.m, y);
  return { value: s ? formatDay(s.y, s.m, s.d) + time : null, lunar };
}
