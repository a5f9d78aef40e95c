// Day-month-year forms written in digits: `03/12/2023`, `25/2`, `12-2023`, `2023-12-03`.
import { LETTER } from '../../../lexicon/letters.js';
import { dateWords, wordsAfter } from '../words.js';
import { NB, NE, B, S, opening, lazy, hasBefore, dayMonthContext } from './shared.js';
import type { Parser } from '../candidate.js';

// Example: `ngày Nước thế giới (` before `22-3`, and `)` after it
const DAY_BEFORE_BRACKET = new RegExp(String.raw`(?<![${LETTER}])ngày[^()\n]{1,40}\(\s?$`, 'iu');

function bracketedAfterDay(text: string, start: number, end: number): boolean {
  return /^\s?\)/u.test(text.slice(end, end + 2)) && DAY_BEFORE_BRACKET.test(text.slice(Math.max(0, start - 48), start));
}

export const dayMonthYear: Parser = {
  name: 'dayMonthYear',
  opens: opening(true, () => ['ngày', 'hôm', 'mùng', 'mồng']),
  digits: true,
  // ngày 03/12/2023 · 25-2-2023 · 1.7.2025 · 15 - 9 - 2020 (tokenised text) · 31/02/2023 (reported invalid)
  pattern: lazy(() => String.raw`(?:${B}(ngày|hôm|mùng|mồng)${S})?${NB}(\d{1,2})([\/.]|\s?[-–]\s?)(\d{1,2})([\/.]|\s?[-–]\s?)(\d{4})${NE}`),
  extract(m, text) {
    const [, kw, ds, sep, ms, sep2, ys] = m;
    // The same separator twice, except that a hyphen and an en dash mix (`2 - 9 – 1956`).
    const kind = (x: string): string => (/[-–]/u.test(x) ? '-' : x);
    if (kind(sep!) !== kind(sep2!) || (sep !== sep2 && !/[-–]/u.test(sep!))) return null;
    const d = Number(ds), mo = Number(ms), y = Number(ys);
    const digits = m.index + m[0].length - (ds! + sep! + ms! + sep2! + ys!).length;
    if (!kw && hasBefore(text, digits, dateWords().notDateBefore)) return null;
    if (!kw && (y < 1900 || y > 2100)) return null;
    // Out-of-range parts in a full date shape are a typo a checker should see, not another number.
    if (d < 1 || d > 31 || mo < 1 || mo > 12) return { start: m.index, end: m.index + m[0].length, kind: 'date', comp: { y, m: mo, d }, invalid: true, rank: 3 };
    return { start: m.index, end: m.index + m[0].length, kind: 'date', comp: { y, m: mo, d }, rank: 3 };
  },
};

export const dayMonth: Parser = {
  name: 'dayMonth',
  opens: opening(true, () => ['ngày', 'hôm', 'mùng', 'mồng']),
  digits: true,
  // ngày 25/2 · thứ Hai (4/12) · từ 24-7 · sáng 1.7 · tối 7 - 7 (tokenised text) · 26/6, (bare `/` needs no keyword)
  pattern: lazy(() => String.raw`(?:${B}(ngày|hôm|mùng|mồng)${S})?${NB}(\d{1,2})([\/.\-]|\s[-–]\s)(\d{1,2})${NE}`),
  extract(m, text) {
    const [, kw, ds, rawSep, ms] = m;
    const d = Number(ds), mo = Number(ms);
    const end = m.index + m[0].length;
    const digits = end - (ds! + rawSep! + ms!).length;
    const sep = rawSep!.trim();
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    const w = dateWords();
    if (!kw && !dayMonthContext(text, digits)) {
      if (hasBefore(text, digits, w.notDateBefore)) return null;
      const weak = hasBefore(text, digits, w.dayMonthWeakContext);
      // `lễ kỷ niệm ngày Nước thế giới (22-3)`: a day-month alone in brackets after a named day.
      if (sep !== '/' && bracketedAfterDay(text, digits, end)) return { start: m.index, end, kind: 'date', comp: { m: mo, d }, rank: 3 };
      if (sep !== '/' && !weak) return null;
      if (sep === '/' && w.notDates.has(`${ds}/${ms}`)) return null;
      if (sep === '/' && hasBefore(text, digits, w.slashContext)) return { start: m.index, end, kind: 'date', comp: { m: mo, d }, rank: 3 };
      // `3/4 số hộ`, `có tới 1/5 dân số`: a word right after a bare pair makes it a fraction.
      const after = wordsAfter(text, end);
      const next = text.slice(end, end + 2);
      const punct = end >= text.length || /^(?:[,.;:)!?\]"”'’…]|\s*$|\s[-–(])/u.test(next);
      if (!punct && !after.some((a) => w.slashAfterOk.has(a))) return null;
    }
    return { start: m.index, end, kind: 'date', comp: { m: mo, d }, rank: 3 };
  },
};

export const monthYearBare: Parser = {
  name: 'monthYearBare',
  opens: opening(true),
  digits: true,
  // (từ tháng 10/2016 đến) 9/2017 · 12-2023
  pattern: lazy(() => String.raw`${NB}(\d{1,2})([\/\-])(\d{4})${NE}`),
  extract(m, text) {
    const mo = Number(m[1]), y = Number(m[3]);
    if (mo < 1 || mo > 12 || y < 1900 || y > 2100) return null;
    if (hasBefore(text, m.index, dateWords().notDateBefore)) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'month', comp: { y, m: mo }, rank: 2 };
  },
};

export const isoDate: Parser = {
  name: 'isoDate',
  opens: opening(true),
  digits: true,
  // 2023-12-03 (metadata and some online datelines)
  pattern: lazy(() => String.raw`${NB}((?:1[89]|20)\d\d)-(\d{2})-(\d{2})${NE}`),
  extract(m) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', comp: { y, m: mo, d }, rank: 3 };
  },
};
