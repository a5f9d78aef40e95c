// Lengths of time, and points counted back or ahead from the dateline: `5 năm qua`, `3 tháng`,
// `10 năm trước`, `cách đây 15 năm`.
import { addDays, addMonths, formatDay, formatWeek, type Reference } from '../values.js';
import { alt, dateWords, key, wordsAfter, wordsBefore } from '../words.js';
import { NB, E, S, CACH_DAY, lazy, capitalisedInside } from './shared.js';
import type { Cand, Parser } from '../candidate.js';

const DATE_UNITS: Record<string, 'year' | 'month' | 'week' | 'day'> = { Y: 'year', M: 'month', W: 'week', D: 'day' };

/**
 * A length counted from the dateline: `5 năm qua` (back) against 2023-12-03 is the range
 * 2018-12-03/2023-12-03, `3 tháng tới` (ahead) the range from the dateline on, and `10 năm trước`
 * (ago) a point in the past at the unit's own precision (`2013`).
 */
function placeLength(base: Cand, n: number, dateUnit: 'year' | 'month' | 'week' | 'day', way: 'back' | 'ahead' | 'ago', ref: Reference): Cand {
  const months = dateUnit === 'year' ? 12 * n : dateUnit === 'month' ? n : 0;
  const days = dateUnit === 'week' ? 7 * n : dateUnit === 'day' ? n : 0;
  const shift = (sign: number): Reference => (months ? addMonths(ref, sign * months) : addDays(ref, sign * days));
  const refDay = formatDay(ref.y, ref.m, ref.d);
  if (way !== 'ago') {
    const other = shift(way === 'back' ? -1 : 1);
    const o = formatDay(other.y, other.m, other.d);
    return { ...base, kind: 'range', value: way === 'back' ? `${o}/${refDay}` : `${refDay}/${o}`, rank: 2 };
  }
  const p = shift(-1);
  const value =
    dateUnit === 'year' ? String(p.y) : dateUnit === 'month' ? `${p.y}-${String(p.m).padStart(2, '0')}` : dateUnit === 'week' ? formatWeek(p) : formatDay(p.y, p.m, p.d);
  return { ...base, kind: 'relative', value, rank: 2 };
}

export const duration: Parser = {
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
    const dateUnit = DATE_UNITS[unit.iso];
    const base: Cand = { start, end, kind: 'duration', value: iso, duration: iso, rank: 1 };
    if (!t) return base;
    if (!dateUnit || n === 'X' || typeof n !== 'number' || !Number.isInteger(n)) return base;
    const back = !cachDay && w.pastWords.includes(t);
    const ahead = !cachDay && w.futureWords.includes(t);
    if (!ctx.ref) return back || ahead ? base : { ...base, kind: 'relative', value: null };
    return placeLength(base, n * unit.times, dateUnit, back ? 'back' : ahead ? 'ahead' : 'ago', ctx.ref);
  },
};
