// Lengths of time, and points counted back or ahead from the dateline: `5 năm qua`, `3 tháng`,
// `10 năm trước`, `cách đây 15 năm`.
import { addDays, addMonths, formatDay, formatWeek, type Reference } from '../values.js';
import { alt, dateWords, key, wordsAfter, wordsBefore } from '../words.js';
import { NB, E, S, CACH_DAY, opening, lazy, capitalisedInside, hasBefore } from './shared.js';
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

/** A signed ISO 8601 duration (`-P5Y`) of `n` of an ISO designator (`Y`, `TH`). */
export function signedLength(n: number | 'X', iso: string, sign: 1 | -1): string {
  const body = iso.startsWith('T') ? `PT${n}${iso.slice(1)}` : `P${n}${iso}`;
  return sign < 0 ? `-${body}` : body;
}

// Example: `, ` or `.` or the end right after `hai tiếng` (a length, not `hai tiếng nổ`)
const PUNCT_AFTER = /^(?:\s*$|\s?[,.;:!?)"”…-])/u;

/**
 * Whether a count and a unit that the pattern matched read as a length here. `tiếng` is also a
 * sound (`hai tiếng nổ`), `giờ` after a number word also a clock time (`lúc hai giờ`), `một
 * ngày` also "one day" (`một ngày nọ`), and `N tháng tuổi` an age.
 */
function readsAsLength(text: string, start: number, end: number, count: string, unitWord: string, tail: string | undefined): boolean {
  const w = dateWords();
  const next = wordsAfter(text, end)[0];
  const countWord = w.countWords[count.toLowerCase()];
  if (next && w.notLengthAfter.has(next)) return false;
  if (w.manyWords.has(count.toLowerCase())) return false;
  // `kể cả ngày lễ` (including holidays): `cả` there is no count.
  if (count.toLowerCase() === 'cả' && hasBefore(text, start, w.inclusiveBefore)) return false;
  // `cả năm 2023`, `một tháng 200.000 đồng`, `năm năm 2003`: the number after it owns the unit, or it is a rate.
  if (!/^\d/u.test(count) && /^\s{1,3}\d/u.test(text.slice(end, end + 4))) return false;
  const one = count.toLowerCase() === 'một';
  if (one && !tail && next && w.oneNotLengthAfter.has(next)) return false;
  // `cho đến một ngày`, `ước mơ là một ngày được …`: "one day", not a day's length.
  if (one && !tail && hasBefore(text, start, w.oneNotLengthBefore)) return false;
  const unit = key(unitWord);
  const lengthBefore = hasBefore(text, start, w.durationBefore);
  const punctAfter = PUNCT_AFTER.test(text.slice(end, end + 2));
  if (unit === 'tiếng') return /^\d/u.test(count) || !!tail || lengthBefore || punctAfter || (!!next && w.hourAfter.has(next));
  if (unit === 'giờ') {
    if (/^\d/u.test(count)) return false; // `7 giờ`, `2 giờ 30`: hourTime reads digits with giờ
    return !!tail || countWord === 'X' || lengthBefore || (!!next && w.hourAfter.has(next));
  }
  return true;
}

export const duration: Parser = {
  name: 'duration',
  opens: opening(true, () => [...Object.keys(dateWords().countWords), 'năm']),
  // 5 năm qua · 3 tháng · ba tuần tới · 10 năm trước · 30 phút · 1,5 năm · ba tháng rưỡi · năm năm · một tiếng đồng hồ
  pattern: lazy(() => {
    const w = dateWords();
    const units = alt(Object.keys(w.durationUnits));
    const tails = alt([...w.pastWords, ...w.futureWords, ...w.agoWords]);
    // `năm` counts only before the units it cannot form a compound with (`năm tháng` is "time").
    return String.raw`${NB}(\d{1,4}(?:,\d{1,2})?|${alt(Object.keys(w.countWords))}|năm(?=${S}(?:năm|ngày|tuần|phút|giây)${E}))${S}(${units})(?:${S}(rưỡi))?(?:${S}(${tails}))?${E}`;
  }),
  extract(m, text, ctx) {
    const [, ns, unitWord, half, tail] = m;
    const w = dateWords();
    // `ngày 3 tháng 12`, `tháng 12 năm 2023`, `quý 1 năm`: the number belongs to the date before it.
    const before = wordsBefore(text, m.index);
    if (before[0] && w.countOwners.has(before[0])) return null;
    const count = ns!.toLowerCase();
    const countWord = count === 'năm' ? 5 : w.countWords[count];
    // `Bà Sáu năm nay`, `ông Ba`: a capitalised number word inside a sentence is a name.
    if (countWord !== undefined && capitalisedInside(text, m.index, ns!)) return null;
    if (!readsAsLength(text, m.index, m.index + m[0].length, ns!, unitWord!, tail)) return null;
    const whole = countWord ?? Number(ns!.replace(',', '.'));
    if (whole === 0 || (typeof whole === 'number' && !Number.isFinite(whole))) return null;
    const n = half && whole !== 'X' ? whole + 0.5 : whole;
    const unit = w.durationUnits[key(unitWord!)]!;
    const amount = n === 'X' ? 'X' : Number((n * unit.times).toFixed(2));
    const iso = signedLength(amount, unit.iso, 1);
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
    const back = !cachDay && w.pastWords.includes(t);
    const ahead = !cachDay && w.futureWords.includes(t);
    // `hàng trăm năm nay`: an order of magnitude is a length, never a range from the dateline.
    const approx = w.approxCounts.has(count) || before.some((b) => w.approxCounts.has(b));
    if (!dateUnit || amount === 'X' || !Number.isInteger(n) || approx) return base;
    const placed: Cand = { ...base, anchor: 'dateline', offset: signedLength(amount, unit.iso, ahead ? 1 : -1) };
    // Without a dateline the length is what a reader can use (`bảy năm trước`: P7Y, 7 years before publication).
    if (!ctx.ref) return placed;
    return placeLength(placed, amount, dateUnit, back ? 'back' : ahead ? 'ahead' : 'ago', ctx.ref);
  },
};
