// Ranges written in digits: `2020-2025`, `26 và 27/6`, `24-31/7`, `30/11 - 3/12`.
import type { Comp } from '../values.js';
import { dateWords, wordsBefore } from '../words.js';
import { NB, NE, B, S, opening, lazy, hasBefore, needing } from './shared.js';
import type { Cand, Parser } from '../candidate.js';

export const yearRange: Parser = {
  name: 'yearRange',
  opens: opening(true, () => ['năm']),
  digits: true,
  // 2020-2025 · giai đoạn 2021 – 2025 · năm học 2023-2024
  pattern: lazy(() => String.raw`(?:${B}năm${S})?${NB}((?:1[89]|20)\d\d)\s{0,2}[-–]\s{0,2}((?:1[89]|20)\d\d)${NE}`),
  extract(m, text) {
    const a = Number(m[1]), b = Number(m[2]);
    if (b <= a || b - a > 100) return null;
    if (!m[0].toLowerCase().startsWith('năm') && hasBefore(text, m.index, dateWords().notDateBefore)) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'range', comp: { y: a }, to: { y: b }, rank: 3 };
  },
};

export const consecutiveDays: Parser = {
  name: 'consecutiveDays',
  opens: opening(true, () => ['ngày']),
  digits: true,
  needs: needing(() => ['và']),
  // (trong hai ngày) 26 và 27/6 · ngày 25, 26 và 27/12/2023 (one range) · ngày 3 và 5/12 (two dates) · 22 và 23 - 3 (tokenised text)
  pattern: lazy(() => String.raw`(?:${B}(ngày)${S})?${NB}(\d{1,2})(?:\s{0,2},\s{1,3}(\d{1,2}))?${S}và${S}(\d{1,2})([\/.\-]|\s[-–]\s)(\d{1,2})(?:\5(\d{4}))?${NE}`),
  extract(m, text) {
    const [, kw, a, b, c, sep, ms, ys] = m;
    const days = [a, b, c].filter((x): x is string => x !== undefined).map(Number);
    const mo = Number(ms);
    if (mo < 1 || mo > 12 || days.some((d) => d < 1 || d > 31)) return null;
    if (!kw && !ys && sep !== '/' && !hasBefore(text, m.index, dateWords().dayMonthWeakContext)) return null;
    if (days.some((d, i) => i > 0 && d !== days[i - 1]! + 1)) {
      // `ngày 3 và 5/12`: days that are not consecutive are each a date of the month written last.
      if (!kw) return null;
      const out: Cand[] = [];
      let at = m.index + kw.length;
      const parts = [a, b, c].filter((x): x is string => x !== undefined);
      parts.forEach((part, i) => {
        const pos = text.indexOf(part, at);
        const start = i === 0 ? m.index : pos;
        const end = i === parts.length - 1 ? m.index + m[0].length : pos + part.length;
        const comp: Comp = { d: Number(part), m: mo };
        if (ys) comp.y = Number(ys);
        out.push({ start, end, kind: 'date', comp, rank: 3 });
        at = pos + part.length;
      });
      return out;
    }
    const from: Comp = { d: days[0]!, m: mo };
    const to: Comp = { d: days[days.length - 1]!, m: mo };
    if (ys) from.y = to.y = Number(ys);
    // `hai ngày 26 và 27/6`: the count of days belongs to the range (one item, its length in `duration`).
    const range: Cand = { start: m.index, end: m.index + m[0].length, kind: 'range', comp: from, to, rank: 4 };
    const prev = wordsBefore(text, m.index)[0];
    const count = prev === undefined ? undefined : /^\d+$/u.test(prev) ? Number(prev) : dateWords().countWords[prev];
    if (kw && count !== undefined) {
      let s = m.index;
      while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
      range.start = s - prev!.length;
      if (typeof count === 'number') range.duration = `P${count}D`;
    }
    return range;
  },
};

export const dayRange: Parser = {
  name: 'dayRange',
  digits: true,
  // 24-31/7 · từ 24 đến 31/7 · từ ngày 3 đến ngày 5/12/2023
  pattern: lazy(
    () =>
      String.raw`(?:${B}(từ)${S})?(?:(ngày)${S})?${NB}(\d{1,2})(?:\s{0,2}[-–]\s{0,2}|${S}(đến|tới)${S}(?:ngày${S})?)(\d{1,2})([\/.]|\s?[-–]\s?)(\d{1,2})(?:\6(\d{4}))?${NE}`,
  ),
  extract(m, text) {
    const [, tu, ngay, d1s, word, d2s, sep, ms, ys] = m;
    if (word && !tu && !ngay) return null;
    // `1 - 2 - 3` is no range of days; a dash before the month needs `đến` between the days.
    if (!word && /[-–]/u.test(sep!)) return null;
    const d1 = Number(d1s), d2 = Number(d2s), mo = Number(ms);
    if (!(d1 >= 1 && d1 < d2 && d2 <= 31 && mo >= 1 && mo <= 12)) return null;
    if (!tu && !ngay && hasBefore(text, m.index, dateWords().notDateBefore)) return null;
    const from: Comp = { d: d1, m: mo };
    const to: Comp = { d: d2, m: mo };
    if (ys) from.y = to.y = Number(ys);
    return { start: m.index, end: m.index + m[0].length, kind: 'range', comp: from, to, rank: 4 };
  },
};

export const dayMonthRange: Parser = {
  name: 'dayMonthRange',
  opens: opening(true, () => ['từ', 'ngày']),
  digits: true,
  // 30/11 - 3/12 · 28/12/2023-2/1/2024
  pattern: lazy(
    () =>
      String.raw`(?:${B}(từ|ngày)${S})?${NB}(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s{0,2}[-–]\s{0,2}(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?${NE}`,
  ),
  extract(m) {
    const [, , d1, m1, y1, d2, m2, y2] = m;
    const a: Comp = { d: Number(d1), m: Number(m1) };
    const b: Comp = { d: Number(d2), m: Number(m2) };
    if ([a, b].some((c) => c.m! < 1 || c.m! > 12 || c.d! < 1 || c.d! > 31)) return null;
    if (y2) b.y = Number(y2);
    if (y1) a.y = Number(y1);
    else if (y2) a.y = a.m! > b.m! ? Number(y2) - 1 : Number(y2);
    return { start: m.index, end: m.index + m[0].length, kind: 'range', comp: a, to: b, rank: 4 };
  },
};

export const consecutiveMonths: Parser = {
  name: 'consecutiveMonths',
  opens: opening(false, () => ['tháng']),
  digits: true,
  needs: needing(() => ['tháng']),
  // tháng 10, 11-2000 · tháng 5 và 6/2024: two months in a row are one range, like consecutive days
  pattern: lazy(() => String.raw`${B}tháng${S}(\d{1,2})(?:\s{0,2},\s{1,3}|${S}và${S})(\d{1,2})\s{0,2}[\/\-]\s{0,2}(\d{4})${NE}`),
  extract(m) {
    const a = Number(m[1]), b = Number(m[2]), y = Number(m[3]);
    if (a < 1 || b !== a + 1 || b > 12 || y < 1900 || y > 2100) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'range', comp: { y, m: a }, to: { y, m: b }, rank: 4 };
  },
};
