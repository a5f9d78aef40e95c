// What the date refiners share: the context patterns read around a candidate, the tests of what
// a candidate holds, and the walk that joins neighbours.
import { LETTER_OR_DIGIT } from '../../../lexicon/letters.js';
import { alt, dateWords } from '../words.js';
import type { Cand } from '../candidate.js';

export const S = String.raw`\s{1,3}`;
/** Gaps longer than this are never one date; also keeps every gap test bounded. */
export const MAX_GAP = 24;

let cache: { period: RegExp; mod: RegExp; lunar: RegExp; from: RegExp } | null = null;
export function res(): NonNullable<typeof cache> {
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

export const isPoint = (c: Cand): boolean => c.comp !== undefined && c.to === undefined && c.value === undefined;
export const hasDay = (c: Cand): boolean => isPoint(c) && c.comp!.d !== undefined && c.comp!.h === undefined;
export const isWeekdayOnly = (c: Cand): boolean => isPoint(c) && c.comp!.wd !== undefined && c.comp!.d === undefined && c.comp!.h === undefined;
export const isTime = (c: Cand): boolean => c.kind === 'time' && !c.invalid && isPoint(c);
export const isDayLike = (c: Cand): boolean =>
  !c.invalid && (hasDay(c) || isWeekdayOnly(c) || (c.kind === 'relative' && c.relUnit === 'day'));

/** Walks neighbours left to right, replacing a pair by `join(a, b, gap)` when it returns one. */
export function mergePairs(text: string, list: Cand[], join: (a: Cand, b: Cand, gap: string) => Cand | null): Cand[] {
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
