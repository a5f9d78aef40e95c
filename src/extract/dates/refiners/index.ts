// The date refiners (chrono's shape), in the order they run after every parser: settle overlaps
// once, then join neighbours that are one date written in pieces (weekday + date, time + date,
// `từ` A `đến` B) and widen a date over the words that qualify it (`sáng`, `cuối`, `âm lịch`).
// Each step takes the whole list in text order and returns it, so the order below is the recipe.
import type { Cand } from '../candidate.js';
import { anchorComparisons, extendModifier, extendPeriod, markLunar } from './context.js';
import { joinDuration, joinRange, joinTime, joinWeekday, joinYear } from './joins.js';
import { removeOverlaps } from './overlaps.js';
import { mergePairs } from './shared.js';

export interface Refiner {
  name: string;
  refine: (text: string, list: Cand[]) => Cand[];
}

export const refiners: Refiner[] = [
  { name: 'removeOverlaps', refine: (_text, list) => removeOverlaps(list) },
  // 15/8( âm lịch)
  { name: 'markLunar', refine: markLunar },
  // ngày 15/3( năm 2023) · tháng 1( năm nay)
  { name: 'joinYear', refine: (text, list) => mergePairs(text, list, joinYear) },
  // thứ Hai (4/12) · hôm nay (3/12)
  { name: 'joinWeekday', refine: (text, list) => mergePairs(text, list, (a, b, gap) => joinWeekday(text, a, b, gap)) },
  // (chiều )26/6
  { name: 'extendPeriod', refine: extendPeriod },
  // (cuối )tháng 12
  { name: 'extendModifier', refine: extendModifier },
  // 18h30 chiều 26/6 · ngày 3/12, lúc 7h
  { name: 'joinTime', refine: (text, list) => mergePairs(text, list, (a, b, gap) => joinTime(text, a, b, gap)) },
  // từ tháng 10/2016 đến 9/2017 · từ năm 2015 đến nay
  { name: 'joinRange', refine: (text, list) => mergePairs(text, list, (a, b, gap) => joinRange(text, a, b, gap)) },
  // 2 năm 3 tháng
  { name: 'joinDuration', refine: (text, list) => mergePairs(text, list, joinDuration) },
  // tháng 2/2024 … so với tháng trước
  { name: 'anchorComparisons', refine: anchorComparisons },
  // A weekday-like ordinal (`thứ 2`) that no date came to claim is not a date.
  { name: 'dropUnclaimed', refine: (_text, list) => list.filter((c) => !c.weak) },
  { name: 'removeOverlapsAgain', refine: (_text, list) => removeOverlaps(list) },
];

export function refine(text: string, cands: Cand[]): Cand[] {
  let list = cands;
  for (const r of refiners) list = r.refine(text, list);
  return list;
}
