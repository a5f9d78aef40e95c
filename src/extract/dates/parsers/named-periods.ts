// Periods led by a word: `tháng 12`, `3 tháng 12 năm 2023`, `năm 2019`, `quý I/2024`,
// `6 tháng đầu năm`, `thập niên 1990`, `SN 1985`.
import { LETTER, LETTER_OR_DIGIT, LOWER, UPPER } from '../../../lexicon/letters.js';
import type { Comp } from '../values.js';
import { alt, dateWords, key, wordsBefore } from '../words.js';
import { NB, NE, B, E, S, LUNAR_AFTER, opening, lazy, hasBefore, monthOf, monthWordAlt, relYearAfter, needing } from './shared.js';
import type { Parser } from '../candidate.js';

// Example: ` này` after `tháng tám`, ` ta` after `tháng năm` (the lunar month: `tháng năm ta`)
const MONTH_TAIL = new RegExp(String.raw`^\s{1,3}(này|ta|tới(?!\s{1,3}(?:hiện\s{1,3})?nay(?![${LETTER_OR_DIGIT}])))(?![${LETTER_OR_DIGIT}])`, 'iu');

// Example: `, tháng mười` after `tháng chín`, and `tháng chín, ` before `tháng mười`
const listAfter = lazy(() => String.raw`^\s{0,2}(?:,|và|hoặc|-)\s{0,3}tháng\s{1,3}(?:${monthWordAlt()})(?![${LETTER_OR_DIGIT}])`, 'iu');
const listBefore = lazy(() => String.raw`(?<![${LETTER_OR_DIGIT}])tháng\s{1,3}(?:${monthWordAlt()})\s{0,2}(?:,|và|hoặc|-)\s{0,3}$`, 'iu');

/** `(tháng chín, tháng mười)`: a month name beside another one in a list vouches for both. */
function inMonthList(text: string, start: number, end: number): boolean {
  return listAfter().test(text.slice(end, end + 24)) || listBefore().test(text.slice(Math.max(0, start - 24), start));
}

export const monthYear: Parser = {
  name: 'monthYear',
  opens: opening(false, () => ['tháng']),
  needs: needing(() => ['tháng']),
  // tháng 10/2016 · tháng 12 năm 2023 · tháng 12 · tháng Giêng · tháng Chạp · tháng tám này · tháng năm ta
  pattern: lazy(() => String.raw`${B}tháng${S}(${monthWordAlt()})(?:(?:\s{0,2}[\/.\-]\s{0,2}|${S}năm${S})(\d{4}))?${E}`),
  extract(m, text) {
    const w = dateWords();
    let end = m.index + m[0].length;
    const tail = m[2] ? null : MONTH_TAIL.exec(text.slice(end, end + 8));
    const lunarTail = tail?.[1]!.toLowerCase() === 'ta';
    // `đầu tháng tư`, `vào tháng bảy năm ngoái`, `tháng tám này`: a word before or after vouches for a month name.
    const evidence =
      !!m[2] ||
      !!tail ||
      hasBefore(text, m.index, w.monthEvidence) ||
      wordsBefore(text, m.index).some((x) => w.modifiers[x] !== undefined) ||
      relYearAfter().test(text.slice(end, end + 16)) ||
      inMonthList(text, m.index, end);
    const mw = lunarTail && key(m[1]!) === 'năm' ? { month: 5, lunar: true } : monthOf(m[1]!, evidence);
    if (!mw || mw.month < 1 || mw.month > 12) return null;
    // `Cách mạng tháng Tám`, `Cách mạng tháng Mười` are names; a named solar month needs evidence.
    if (!mw.lunar && !/^\d/u.test(m[1]!) && !evidence) return null;
    if (tail) end += tail[0].length;
    const comp: Comp = { m: mw.month };
    if (m[2]) comp.y = Number(m[2]);
    if (mw.lunar || lunarTail) comp.lunar = true;
    return { start: m.index, end, kind: 'month', comp, rank: 3 };
  },
};

export const dayMonthWords: Parser = {
  name: 'dayMonthWords',
  opens: opening(true, () => ['ngày', 'mùng', 'mồng']),
  digits: true,
  needs: needing(() => ['tháng']),
  // ngày 3 tháng 12 năm 2023 · mùng 10 tháng Giêng · 3 tháng 12, 2023
  pattern: lazy(
    () =>
      String.raw`(?:${B}(ngày|mùng|mồng)${S})?${NB}(\d{1,2})${S}tháng${S}(${monthWordAlt()})(?:(?:${S}năm${S}|\s{0,2}[,\/]\s{0,3})(\d{4}))?${E}`,
  ),
  extract(m, text) {
    const [, kw, ds, mws, ys] = m;
    const allowLower = true; // `ngày 30 tháng tư`: the day number already says it is a date
    // `(tức 20 tháng 10 âm lịch)`: the lunar marker vouches for the date as `ngày` would.
    const lunarAfter = LUNAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const mw = monthOf(mws!, allowLower);
    const d = Number(ds);
    if (!mw || mw.month < 1 || mw.month > 12) return null;
    if (d < 1 || d > 31) {
      // `ngày 32 tháng 1 năm 2024`: a day word or a year makes it a date with a typo a checker
      // should see (as `32/1/2024` is); without either it is no date.
      if (!kw && !ys) return null;
      const comp: Comp = { m: mw.month, d };
      if (ys) comp.y = Number(ys);
      return { start: m.index, end: m.index + m[0].length, kind: 'date', comp, invalid: true, rank: 3 };
    }
    // `23 tháng Chạp`: a lunar month's name cannot be a count of months, so no `ngày` is needed.
    if (!kw && !ys && !lunarAfter && !mw.lunar) return null;
    const comp: Comp = { m: mw.month, d };
    if (ys) comp.y = Number(ys);
    if (mw.lunar) comp.lunar = true;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', comp, rank: 3 };
  },
};

export const year: Parser = {
  name: 'year',
  opens: opening(false, () => ['năm']),
  digits: true,
  needs: needing(() => ['năm']),
  // năm 2019 · Năm 1975
  pattern: lazy(() => String.raw`${B}năm${S}${NB}(\d{4})${NE}`),
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'year', comp: { y: Number(m[1]) }, rank: 3 };
  },
};

export const quarter: Parser = {
  name: 'quarter',
  opens: opening(false, () => ['quý']),
  needs: needing(() => ['quý']),
  // quý I/2024 · quý 3 năm 2023 · Quý IV · quý II năm nay
  pattern: lazy(
    () =>
      String.raw`${B}quý${S}(iv|i{1,3}|[1-4])(?:\s{0,2}[\/\-]\s{0,2}(\d{4})|${S}năm${S}(\d{4})|${S}(năm${S}(?:${alt(dateWords().yearRelTails)})))?${E}`,
  ),
  extract(m, _text, ctx) {
    const [, qs, y1, y2, rel] = m;
    // Roman numerals are written in capitals; `quý i…` in lower case is the adjective `quý`.
    if (/[iv]/u.test(qs!)) return null;
    const q = dateWords().quarters[qs!.toLowerCase()];
    if (q === undefined) return null;
    const comp: Comp = { q };
    if (y1 ?? y2) comp.y = Number(y1 ?? y2);
    if (rel) {
      const r = dateWords().relative[key(rel)];
      if (!ctx.ref || !r) return { start: m.index, end: m.index + m[0].length, kind: 'quarter', value: `XXXX-Q${q}`, rank: 3 };
      comp.y = ctx.ref.y + r.offset;
    }
    return { start: m.index, end: m.index + m[0].length, kind: 'quarter', comp, rank: 3 };
  },
};

export const partOfYear: Parser = {
  name: 'partOfYear',
  opens: opening(true, () => [...Object.keys(dateWords().numberWords), 'nửa']),
  needs: needing(() => ['tháng', 'nửa']),
  // 6 tháng đầu năm 2023 · 9 tháng đầu năm · 6 tháng cuối năm nay · nửa đầu năm 2024
  pattern: lazy(
    () =>
      String.raw`${B}(?:(\d{1,2}|${alt(Object.keys(dateWords().numberWords))})${S}tháng|(nửa))${S}(đầu|cuối|sau)${S}năm(?:${S}(\d{4})|${S}(${alt(dateWords().yearRelTails)}))?${E}`,
  ),
  extract(m, _text, ctx) {
    const [, ns, half, side, ys, rel] = m;
    const n = half ? 6 : /^\d/u.test(ns!) ? Number(ns) : dateWords().numberWords[ns!.toLowerCase()];
    if (!n || n < 1 || n > 11) return null;
    const first = side!.toLowerCase() === 'đầu';
    const from: Comp = { m: first ? 1 : 13 - n };
    const to: Comp = { m: first ? n : 12 };
    let y: number | undefined;
    if (ys) y = Number(ys);
    else if (rel) {
      const r = dateWords().relative[`năm ${rel.toLowerCase()}`];
      if (ctx.ref && r) y = ctx.ref.y + r.offset;
    } else if (ctx.ref) y = ctx.ref.y;
    if (y !== undefined) from.y = to.y = y;
    else {
      // Without a year the months are still known: `XXXX-01/XXXX-06`, not the reference's year.
      const mm = (x: number): string => String(x).padStart(2, '0');
      return { start: m.index, end: m.index + m[0].length, kind: 'range', value: `XXXX-${mm(from.m!)}/XXXX-${mm(to.m!)}`, rank: 4 };
    }
    return { start: m.index, end: m.index + m[0].length, kind: 'range', comp: from, to, rank: 4 };
  },
};

export const decade: Parser = {
  name: 'decade',
  opens: opening(false, () => ['thập', 'những']),
  digits: true,
  needs: needing(() => ['thập', 'những']),
  // thập niên 1990 · những năm 90 · thập kỷ 80 (TIMEX3 decade `199`)
  pattern: lazy(() => String.raw`${B}(?:thập${S}niên|thập${S}kỷ|những${S}năm)${S}${NB}((?:1[89]|20)?\d0)${NE}`),
  extract(m) {
    const ds = m[1]!;
    let y = Number(ds);
    // Two digits: the twentieth century, except 00–20, which news means as this century.
    if (ds.length === 2) y += y <= 20 ? 2000 : 1900;
    else if (ds.length !== 4) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'year', value: String(Math.floor(y / 10)), rank: 3 };
  },
};

export const birthYear: Parser = {
  name: 'birthYear',
  digits: true,
  needs: needing(() => ['SN']),
  // (SN 1985, trú xã Tân Phú): police and court news abbreviate `sinh năm` as `SN`
  cased: true,
  pattern: lazy(() => String.raw`${B}SN\s{0,2}${NB}((?:1[89]|20)\d\d)${NE}`, 'gu'),
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'year', comp: { y: Number(m[1]) }, rank: 3 };
  },
};

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
/** `XXI` → 21; null for anything that is not a plain roman numeral up to 39. */
function romanValue(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!.toLowerCase()], next = ROMAN[s[i + 1]?.toLowerCase() ?? ''] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 40 ? total : null;
}

export const century: Parser = {
  name: 'century',
  opens: opening(false, () => ['thế']),
  needs: needing(() => ['thế']),
  // thế kỷ 20 · thế kỷ XXI · (cuối) thế kỉ 19: TIMEX3 century `19` for the twentieth
  pattern: lazy(() => String.raw`${B}thế${S}k[ỷỉ]${S}(\d{1,2}|[xvi]{1,6})${E}`),
  extract(m) {
    const written = m[1]!;
    // Roman numerals are written in capitals; `thế kỷ x` in lower case is no century.
    const n = /^\d/u.test(written) ? Number(written) : written === written.toUpperCase() ? romanValue(written) : null;
    if (n === null || n < 1 || n > 22) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'year', value: String(n - 1).padStart(2, '0'), rank: 3 };
  },
};

// Example: `hiệp định Genève ` before `1954`: a head, up to three capitalised words (each with a
// lower-case word after it: `Đất đai`), then the year.
const eventBefore = lazy(
  () => String.raw`(?<![${LETTER_OR_DIGIT}])(?:${alt(dateWords().eventHeads)})(?:\s{1,3}[${UPPER}][${LETTER}]*(?:\s{1,3}[${LOWER}]+)?){0,3}\s{1,3}$`,
  'u',
);

export const eventYear: Parser = {
  name: 'eventYear',
  digits: true,
  // (hiệp định Genève) 1954 · (SEA Games) 2003: the year a named event carries
  cased: true,
  pattern: lazy(() => String.raw`${NB}((?:1[89]|20)\d\d)${NE}`, 'gu'),
  extract(m, text) {
    // The context is read backwards from the year here, not in a look-behind, which V8 would try at every position.
    if (!eventBefore().test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'year', comp: { y: Number(m[1]) }, rank: 2 };
  },
};
