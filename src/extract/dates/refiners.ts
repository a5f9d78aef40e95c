// Refiners for the date extractor (chrono's shape): after every parser has run, settle overlaps
// once, then join neighbours that are one date written in pieces (weekday + date, time + date,
// `từ` A `đến` B) and widen a date over the words that qualify it (`sáng`, `cuối`, `âm lịch`).
import { LETTER_OR_DIGIT } from '../../lexicon/letters.js';
import { alt, dateWords, key } from './words.js';
import { shiftHour, type Cand } from './parsers.js';
import { addMonths, type Comp } from './values.js';

const S = String.raw`\s{1,3}`;
// Example: `so với cùng kỳ ` in `tháng 5/2023 tăng 10% so với cùng kỳ năm trước` (a year before May 2023)
const SO_VOI = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])so${S}với(?:${S}cùng${S}kỳ)?${S}$`, 'iu');
/** Gaps longer than this are never one date; also keeps every gap test bounded. */
const MAX_GAP = 24;

let cache: { period: RegExp; mod: RegExp; lunar: RegExp; from: RegExp } | null = null;
function res(): NonNullable<typeof cache> {
  if (cache) return cache;
  const w = dateWords();
  cache = {
    // (sáng |chiều ngày |tối hôm )26/6
    period: new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])(${alt(Object.keys(w.periods))})${S}(?:(?:ngày|hôm)${S})?$`, 'iu'),
    // (đầu |cuối |trung tuần )tháng 12 · (đầu )năm nay
    mod: new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])(${alt(Object.keys(w.modifiers))})${S}$`, 'iu'),
    // 15/8( âm lịch) · mùng 10 tháng 3 (âm lịch) · 15/8 (ÂL)
    lunar: new RegExp(String.raw`^\s{0,2}(?:\(\s{0,2}(?:${alt(w.lunarMarkers)})\s{0,2}\)|(?:${alt(w.lunarMarkers)})(?![${LETTER_OR_DIGIT}]))`, 'iu'),
    // (từ |Từ )tháng 10/2016 đến 9/2017
    from: new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])(?:kể${S})?từ${S}$`, 'iu'),
  };
  return cache;
}

const isPoint = (c: Cand): boolean => c.comp !== undefined && c.to === undefined && c.value === undefined;
const hasDay = (c: Cand): boolean => isPoint(c) && c.comp!.d !== undefined && c.comp!.h === undefined;
const isWeekdayOnly = (c: Cand): boolean => isPoint(c) && c.comp!.wd !== undefined && c.comp!.d === undefined && c.comp!.h === undefined;
const isTime = (c: Cand): boolean => c.kind === 'time' && !c.invalid && isPoint(c);
const isDayLike = (c: Cand): boolean =>
  !c.invalid && (hasDay(c) || isWeekdayOnly(c) || (c.kind === 'relative' && c.relUnit === 'day'));

/**
 * Keeps one reading wherever readings overlap: the longest, because it used more of the text's
 * evidence (`tháng 12 năm 2023` over `năm 2023`, `5 năm trước` over `năm trước`); on equal
 * length the parser's rank (a date over a duration). Works cluster by cluster so a long run of
 * candidates never costs more than sorting it.
 */
export function removeOverlaps(list: Cand[]): Cand[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cand[] = [];
  let cluster: Cand[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) out.push(cluster[0]!);
    else if (cluster.length > 1) {
      const byStrength = [...cluster].sort(
        (a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start,
      );
      const kept: Cand[] = [];
      for (const c of byStrength) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
      for (const k of kept.sort((a, b) => a.start - b.start)) out.push(k);
    }
    cluster = [];
  };
  for (const c of sorted) {
    if (c.start >= clusterEnd) {
      flush();
      clusterEnd = c.end;
    } else clusterEnd = Math.max(clusterEnd, c.end);
    cluster.push(c);
  }
  flush();
  return out;
}

/** Walks neighbours left to right, replacing a pair by `join(a, b, gap)` when it returns one. */
function mergePairs(text: string, list: Cand[], join: (a: Cand, b: Cand, gap: string) => Cand | null): Cand[] {
  const out: Cand[] = [];
  let cur = list[0];
  for (let i = 1; i <= list.length; i++) {
    const next = list[i];
    if (cur && next && next.start - cur.end <= MAX_GAP) {
      const merged = join(cur, next, text.slice(cur.end, next.start));
      if (merged) {
        cur = merged;
        continue;
      }
    }
    if (cur) out.push(cur);
    cur = next;
  }
  return out;
}

/** `15/8 âm lịch`: the date is lunar, and the marker is part of it. */
function markLunar(text: string, list: Cand[]): Cand[] {
  return list.map((c) => {
    if (!isPoint(c) || c.comp!.lunar || (c.kind !== 'date' && c.kind !== 'month')) return c;
    const m = res().lunar.exec(text.slice(c.end, c.end + 16));
    if (!m) return c;
    return { ...c, end: c.end + m[0].length, comp: { ...c.comp, lunar: true } };
  });
}

/** `chiều 26/6`, `sáng thứ Hai`: the part of the day belongs to the date's span (the value stays a date). */
function extendPeriod(text: string, list: Cand[]): Cand[] {
  let prevEnd = 0;
  return list.map((c) => {
    let out = c;
    if (isDayLike(c) && c.kind !== 'relative') {
      const from = Math.max(prevEnd, c.start - 24);
      const m = res().period.exec(text.slice(from, c.start));
      if (m) out = { ...c, start: from + m.index, weak: false };
    }
    prevEnd = c.end;
    return out;
  });
}

/** `đầu năm nay`, `cuối tháng 12`, `trung tuần tháng 3`: TIMEX3 `mod` on the period. */
function extendModifier(text: string, list: Cand[]): Cand[] {
  let prevEnd = 0;
  return list.map((c) => {
    let out = c;
    const period =
      c.kind === 'year' || c.kind === 'month' || c.kind === 'quarter' || (c.kind === 'relative' && c.relUnit !== 'day');
    if (period && !c.mod) {
      const from = Math.max(prevEnd, c.start - 16);
      const m = res().mod.exec(text.slice(from, c.start));
      if (m) out = { ...c, start: from + m.index, mod: dateWords().modifiers[key(m[1]!)]! };
    }
    prevEnd = c.end;
    return out;
  });
}

/** `thứ Hai (4/12)`, `Thứ Hai, 04/12/2023`, `hôm nay (3/12)`: one date, the written date's value. */
function joinWeekday(text: string, a: Cand, b: Cand, gap: string): Cand | null {
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
function joinTime(text: string, a: Cand, b: Cand, gap: string): Cand | null {
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
function joinYear(a: Cand, b: Cand, gap: string): Cand | null {
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
function joinDuration(a: Cand, b: Cand, gap: string): Cand | null {
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
function joinRange(text: string, a: Cand, b: Cand, gap: string): Cand | null {
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

/**
 * `CPI tháng 2/2024 tăng 1,04% so với tháng trước`: after `so với` (compared with), `tháng trước`
 * and `năm trước` count from the period just named in the same sentence, not from the dateline.
 */
function anchorComparisons(text: string, list: Cand[]): Cand[] {
  let last: Cand | null = null;
  return list.map((c) => {
    let out = c;
    const rel = c.kind === 'relative' && (c.relUnit === 'month' || c.relUnit === 'year') && c.relOffset !== undefined && c.relOffset !== 0;
    if (rel && last && c.start - last.end <= 120) {
      const between = text.slice(last.end, c.start);
      const y = last.comp?.y;
      if (!/[.!?;]\s|\n/u.test(between) && SO_VOI.test(between) && y !== undefined) {
        if (c.relUnit === 'year') out = { ...c, comp: { y: y + c.relOffset! } };
        else if (last.comp!.m !== undefined) {
          const d = addMonths({ y, m: last.comp!.m, d: 1 }, c.relOffset!);
          out = { ...c, comp: { y: d.y, m: d.m } };
        }
        delete out.value;
      }
    }
    if ((c.kind === 'month' || c.kind === 'year') && isPoint(c) && c.comp!.y !== undefined) last = c;
    return out;
  });
}

export function refine(text: string, cands: Cand[]): Cand[] {
  let list = removeOverlaps(cands);
  list = markLunar(text, list);
  list = mergePairs(text, list, joinYear);
  list = mergePairs(text, list, (a, b, gap) => joinWeekday(text, a, b, gap));
  list = extendPeriod(text, list);
  list = extendModifier(text, list);
  list = mergePairs(text, list, (a, b, gap) => joinTime(text, a, b, gap));
  list = mergePairs(text, list, (a, b, gap) => joinRange(text, a, b, gap));
  list = mergePairs(text, list, joinDuration);
  list = anchorComparisons(text, list);
  // A weekday-like ordinal (`thứ 2`) that no date came to claim is not a date.
  return removeOverlaps(list.filter((c) => !c.weak));
}
