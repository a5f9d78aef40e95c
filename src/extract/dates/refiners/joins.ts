// Refiners that join neighbours written as one date in pieces: weekday + date, date + time,
// day or month + year, `từ` A `đến` B, and lengths in several units (`2 năm 3 tháng`).
import { dateWords, key } from '../words.js';
import type { Comp } from '../values.js';
import type { Cand } from '../candidate.js';
import { shiftHour } from '../parsers/shared.js';
import { S, hasDay, isDayLike, isPoint, isTime, isWeekdayOnly, res } from './shared.js';

/** `thứ Hai (4/12)`, `Thứ Hai, 04/12/2023`, `hôm nay (3/12)`: one date, the written date's value. */
export function joinWeekday(text: string, a: Cand, b: Cand, gap: string): Cand | null {
  const aOk = isWeekdayOnly(a) || (a.kind === 'relative' && a.relUnit === 'day');
  if (!aOk || !hasDay(b) || b.comp!.wd !== undefined) return null;
  if (!/^\s{0,2}(?:[,(]\s{0,2})?$/u.test(gap)) return null;
  let end = b.end;
  if (gap.includes('(')) {
    const close = /^\s{0,2}\)/u.exec(text.slice(b.end, b.end + 4));
    if (close) end += close[0].length;
  }
  const comp: Comp = { ...b.comp! };
  if (a.comp?.wd !== undefined) comp.wd = a.comp.wd;
  return { ...b, start: a.start, end, comp, weak: false, rank: 3 };
}

/** The period word at the head of a relative day (`chiều nay`), to place a bare time in it. */
function periodOf(text: string, c: Cand): string | undefined {
  const first = key(text.slice(c.start, c.end)).split(' ')[0] ?? '';
  return dateWords().periods[first] ? first : undefined;
}

function withTime(text: string, day: Cand, time: Cand, start: number, end: number): Cand {
  let h = time.comp!.h!;
  if (!time.period) h = shiftHour(h, day.period ?? periodOf(text, day));
  const mi = time.comp!.mi ?? 0;
  if (day.comp) return { ...day, start, end, kind: 'datetime', comp: { ...day.comp, h, mi }, weak: false, rank: 3 };
  if (day.anaphor) {
    // `15h cùng ngày`: the clock time now, the day once the text before it is known.
    const c: Cand = { ...day, start, end, kind: 'datetime', comp: { h, mi }, weak: false, rank: 3 };
    delete c.value;
    return c;
  }
  // A relative day with no reference: keep what is known, the clock time.
  const hhmm = `T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
  return { ...day, start, end, kind: 'datetime', value: day.value ? `${day.value}${hhmm}` : null, weak: false, rank: 3 };
}

/** `18h30 chiều 26/6`, `7h sáng nay`, `03/12/2023 - 07:09`, `ngày 3/12, lúc 7h`: one datetime. */
export function joinTime(text: string, a: Cand, b: Cand, gap: string): Cand | null {
  if (isTime(a) && isDayLike(b) && /^\s{0,3}(?:[,|\-–]\s{0,2})?(?:(?:ngày|hôm)\s{1,3})?$/u.test(gap)) {
    return withTime(text, b, a, a.start, b.end);
  }
  if (isDayLike(a) && isTime(b) && /^[\s,|\-–]{0,5}(?:(?:vào\s{1,3})?lúc\s{1,3})?$/u.test(gap)) {
    return withTime(text, a, b, a.start, b.end);
  }
  return null;
}

/**
 * `ngày 15/3 năm 2023`, `tháng 1 năm nay`, `rằm tháng 7 năm nay`, `15/8 năm ngoái`: a year written
 * (or named) after a day or month that has none is its year.
 */
export function joinYear(a: Cand, b: Cand, gap: string): Cand | null {
  if (!isPoint(a) || a.comp!.y !== undefined || a.comp!.h !== undefined || a.comp!.m === undefined) return null;
  const yearB = (b.kind === 'relative' && b.relUnit === 'year') || (b.kind === 'year' && isPoint(b) && !b.invalid);
  if (!yearB || b.mod || !/^(?:\s{1,3}|,\s{1,3})$/u.test(gap)) return null;
  const c: Cand = { ...a, end: b.end, comp: { ...a.comp! } };
  if (b.comp?.y !== undefined) c.comp!.y = b.comp.y;
  return c;
}

const DURATION_ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
/** Designators of an ISO 8601 duration in order (`P2Y3M` → Y, M; `PT2H30M` → TH, TM). */
function designators(iso: string): string[] | null {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/u.exec(iso);
  if (!m) return null;
  return DURATION_ORDER.filter((_, i) => m[i + 1] !== undefined);
}

/** `2 năm 3 tháng`, `1 giờ 30 phút`, `3 ngày 2 giờ`: one length, larger unit first. */
export function joinDuration(a: Cand, b: Cand, gap: string): Cand | null {
  if (a.kind !== 'duration' || b.kind !== 'duration' || !a.value || !b.value) return null;
  if (!/^(?:\s{1,3}|\s{1,3}và\s{1,3})$/u.test(gap)) return null;
  const da = designators(a.value), db = designators(b.value);
  if (!da || !db || da.length === 0 || db.length === 0) return null;
  if (DURATION_ORDER.indexOf(da[da.length - 1]!) >= DURATION_ORDER.indexOf(db[0]!)) return null;
  const tail = b.value.slice(1);
  const value = a.value.includes('T') && tail.startsWith('T') ? a.value + tail.slice(1) : a.value + tail;
  return { ...a, end: b.end, value, duration: value };
}

const RANGE_GAP = new RegExp(String.raw`^(?:\s{0,2}[-–]\s{0,2}|${S}(?:đến|tới|cho đến)(?:${S}hết)?${S})$`, 'iu');
const rangeable = (c: Cand): boolean =>
  !c.invalid && isPoint(c) && ['date', 'datetime', 'month', 'year', 'time', 'quarter', 'relative'].includes(c.kind);

/**
 * `từ 24-7 đến 31-7`, `từ tháng 10/2016 đến 9/2017`, `từ 7h đến 11h ngày 3/12`: one range, the
 * ends filled from each other (the year written once, at either end, holds for both).
 */
export function joinRange(text: string, a: Cand, b: Cand, gap: string): Cand | null {
  if (b.now && !a.now && (rangeable(a) || (a.kind === 'relative' && !a.now)) && RANGE_GAP.test(gap)) {
    // `từ năm 2015 đến nay`: from the start to the dateline (TIMEX3 PRESENT_REF without one).
    const fromM = res().from.exec(text.slice(Math.max(0, a.start - 12), a.start));
    const start = fromM ? a.start - fromM[0].length : a.start;
    const c: Cand = { ...a, start, end: b.end, kind: 'range', untilNow: true, weak: false, rank: 4 };
    delete c.mod;
    return c;
  }
  if (!rangeable(a) || !rangeable(b) || !RANGE_GAP.test(gap)) return null;
  const dash = /^\s{0,2}[-–]\s{0,2}$/u.test(gap);
  const fromM = res().from.exec(text.slice(Math.max(0, a.start - 12), a.start));
  // A dash alone joins only like with like (`tháng 10 - tháng 12`), so `3/12 - 07:09` stays a datetime.
  if (dash && !fromM && a.kind !== b.kind) return null;
  const x: Comp = { ...a.comp! };
  const y: Comp = { ...b.comp! };
  if (x.h !== undefined && x.d === undefined && y.d !== undefined) {
    x.y = y.y;
    x.m = y.m;
    x.d = y.d;
    x.lunar = y.lunar;
  }
  if (x.d !== undefined && x.m === undefined && y.m !== undefined) x.m = y.m;
  if (x.y === undefined && y.y !== undefined && (x.m !== undefined || x.q !== undefined)) {
    x.y = x.m !== undefined && y.m !== undefined && x.m > y.m ? y.y - 1 : y.y;
  }
  if (y.y === undefined && x.y !== undefined && (y.m !== undefined || y.q !== undefined)) {
    y.y = x.m !== undefined && y.m !== undefined && y.m < x.m ? x.y + 1 : x.y;
  }
  const start = fromM ? a.start - fromM[0].length : a.start;
  return { start, end: b.end, kind: 'range', comp: x, to: y, rank: 4 };
}
