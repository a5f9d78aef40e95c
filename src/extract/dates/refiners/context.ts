// Refiners that read the words around a date: a lunar marker after it, a part of the day or a
// `đầu`/`cuối` before it, and `so với` (compared with) before a relative month or year.
import { LETTER_OR_DIGIT } from '../../../lexicon/letters.js';
import { dateWords, key } from '../words.js';
import { addMonths } from '../values.js';
import type { Cand } from '../candidate.js';
import { S, isDayLike, isPoint, res } from './shared.js';

// Example: `so với cùng kỳ ` in `tháng 5/2023 tăng 10% so với cùng kỳ năm trước` (a year before May 2023)
const SO_VOI = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])so${S}với(?:${S}cùng${S}kỳ)?${S}$`, 'iu');

/** `15/8 âm lịch`: the date is lunar, and the marker is part of it. */
export function markLunar(text: string, list: Cand[]): Cand[] {
  return list.map((c) => {
    if (!isPoint(c) || c.comp!.lunar || (c.kind !== 'date' && c.kind !== 'month')) return c;
    const m = res().lunar.exec(text.slice(c.end, c.end + 16));
    if (!m) return c;
    return { ...c, end: c.end + m[0].length, comp: { ...c.comp, lunar: true } };
  });
}

/** `chiều 26/6`, `sáng thứ Hai`: the part of the day belongs to the date's span (the value stays a date). */
export function extendPeriod(text: string, list: Cand[]): Cand[] {
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
export function extendModifier(text: string, list: Cand[]): Cand[] {
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

/**
 * `CPI tháng 2/2024 tăng 1,04% so với tháng trước`: after `so với` (compared with), `tháng trước`
 * and `năm trước` count from the period just named in the same sentence, not from the dateline.
 */
export function anchorComparisons(text: string, list: Cand[]): Cand[] {
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
