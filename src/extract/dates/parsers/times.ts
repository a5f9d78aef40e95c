// Clock times and hour ranges: `07:09`, `18h30`, `9 giờ rưỡi`, `7-11h`.
import { LETTER } from '../../../lexicon/letters.js';
import type { Comp } from '../values.js';
import { dateWords, wordsAfter } from '../words.js';
import { NB, NE, E, S, opening, lazy, num, hasBefore, periodWords, shiftHour } from './shared.js';
import type { Cand, Parser } from '../candidate.js';

export const clockTime: Parser = {
  name: 'clockTime',
  opens: opening(true),
  digits: true,
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
    if (h > 24 || mi > 59) {
      // No clock shows it: a time only where a time word or a part of the day says so (`lúc 19:75`,
      // a typo the check reports); elsewhere two numbers with a colon are a score (`set 2 25:27`).
      if (!half && !period && !hasBefore(text, m.index, dateWords().timeBefore)) return null;
      c.invalid = true;
    }
    return c;
  },
};

export const hourTime: Parser = {
  name: 'hourTime',
  opens: opening(true),
  digits: true,
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
};

export const hourRange: Parser = {
  name: 'hourRange',
  opens: opening(true),
  digits: true,
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
};

// Example: `lúc ` before `22 g` (a clock time; `20 g muối` is grams)
const G_TIME_BEFORE = new Set(['lúc', 'đến', 'tới', 'từ', 'vào', 'gần', 'đúng', 'khoảng', 'trước', 'sau', 'đến gần', 'tới gần']);

export const gTime: Parser = {
  name: 'gTime',
  opens: opening(true),
  digits: true,
  // 13 g 30 · 7g30 · (lúc) 22 g: the `g` some papers (Tuổi Trẻ) write for giờ
  pattern: lazy(() => String.raw`${NB}(\d{1,2})\s?g(?:\s?(\d{2}))?(?:${S}(${periodWords()})(?!${S}(?:nay|qua|mai)${E}))?${E}`),
  extract(m, text) {
    const [, hs, ms, period] = m;
    const h = Number(hs), mi = ms === undefined ? 0 : Number(ms);
    if (h > 24 || mi > 59) return null;
    const start = m.index, end = start + m[0].length;
    // Without minutes `N g` is grams unless a time word stands before it and no noun after it.
    if (ms === undefined && !period) {
      if (!hasBefore(text, start, G_TIME_BEFORE)) return null;
      const next = wordsAfter(text, end)[0];
      if (next && !dateWords().hourAfter.has(next) && !dateWords().periods[next]) return null;
    }
    const c: Cand = { start, end, kind: 'time', comp: { h: shiftHour(h, period), mi }, rank: 2 };
    if (period) c.period = period;
    return c;
  },
};
