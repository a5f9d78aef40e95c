// Lunar days and holidays: `mùng 1 Tết`, `từ 23 đến 30 Tết`, `rằm tháng Giêng`, `Tết Giáp Thìn`, `Tết Dương lịch 2024`.
import type { Comp } from '../values.js';
import { alt, dateWords, key } from '../words.js';
import { NB, NE, B, E, S, opening, lazy, monthWordAlt, needing } from './shared.js';
import type { Parser } from '../candidate.js';

export const tetDay: Parser = {
  name: 'tetDay',
  opens: opening(true, () => ['mùng', 'mồng', 'ngày', ...Object.keys(dateWords().numberWords)]),
  needs: needing(() => ['tết']),
  // mùng 1 Tết · mồng 3 Tết · 30 Tết · ngày 28 Tết · mùng 2 Tết Giáp Thìn · mùng 4 Tết năm 2024
  pattern: lazy(() => String.raw`(?:${B}(mùng|mồng|ngày)${S})?${NB}(\d{1,2}|${alt(Object.keys(dateWords().numberWords))})${S}tết${E}${tetYearTail()}`),
  extract(m, _text, ctx) {
    const [, kw, ds, stem, branch, ys] = m;
    const comp = tetDayComp(kw, ds!);
    if (!comp) return null;
    withTetYear(comp, tetYear(stem, branch, ys, ctx.ref?.y));
    return { start: m.index, end: m.index + m[0].length, kind: 'date', comp, rank: 3 };
  },
};

/**
 * Which Tết, after the word (lower case: the day parsers run on lower-cased text): its can-chi
 * name (` Giáp Thìn`) and/or its year (` năm 2024`, ` 2024`), with `Nguyên đán` before them.
 */
function tetYearTail(): string {
  const cc = dateWords().canChi;
  const lower = (names: string[][]) => names.flat().map((w) => w.toLowerCase());
  return String.raw`(?:${S}nguyên${S}đán${E})?(?:${S}(${alt(lower(cc.stems))})${S}(${alt(lower(cc.branches))})${E})?(?:${S}(?:năm${S})?${NB}(\d{4})${NE})?`;
}

/** The year of the Tết named after a day (`Tết Giáp Thìn`, `Tết năm 2024`), if any. */
function tetYear(stem: string | undefined, branch: string | undefined, written: string | undefined, near: number | undefined): number | undefined {
  if (written) return Number(written);
  return stem && branch ? canChiYear(stem, branch, near) : undefined;
}

/** The days before Tết (the twelfth month) are in the lunar year before the Tết's own. */
function withTetYear(comp: Comp, y: number | undefined): void {
  if (y !== undefined) comp.y = comp.m === 12 ? y - 1 : y;
}

/**
 * The lunar day a Tết day names: `mùng 1 Tết` counts days of the first month; `30 Tết`, `28 Tết`
 * the last days of the year before. Null for a day that is neither (`15 Tết`).
 */
function tetDayComp(keyword: string | undefined, written: string): Comp | null {
  const d = /^\d/u.test(written) ? Number(written) : dateWords().numberWords[written.toLowerCase()];
  if (d === undefined) return null;
  if ((keyword && /^m/iu.test(keyword)) || d <= 10) return { d, m: 1, lunar: true };
  return d >= 20 && d <= 30 ? { d, m: 12, lunar: true } : null;
}

// Days before Tết (the twelfth month) come before the days of Tết (the first): `28` < `mùng 2`.
const tetOrder = (c: Comp): number => (c.m === 12 ? 0 : 100) + c.d!;

export const tetDayRange: Parser = {
  name: 'tetDayRange',
  opens: opening(true, () => ['từ', 'mùng', 'mồng', 'ngày', ...Object.keys(dateWords().numberWords)]),
  needs: needing(() => ['tết']),
  // từ 23 đến 30 Tết · từ mùng 1 đến mùng 5 Tết · mùng 2 - mùng 4 Tết · từ 28 đến mùng 3 Tết:
  // the first day is written without `Tết`, which the last one carries for both, with its year
  // if written (`từ mùng 2 đến mùng 6 Tết Giáp Thìn`).
  pattern: lazy(() => {
    const day = String.raw`(\d{1,2}|${alt(Object.keys(dateWords().numberWords))})`;
    return String.raw`(?:${B}(từ)${S})?(?:${B}(mùng|mồng|ngày)${S})?${NB}${day}(\s{0,2}[-–]\s{0,2}|${S}(?:đến|tới)${S})(?:(mùng|mồng|ngày)${S})?${NB}${day}${S}tết${E}${tetYearTail()}`;
  }),
  extract(m, _text, ctx) {
    const [, tu, kw1, d1, joiner, kw2, d2, stem, branch, ys] = m;
    // `5 đến 10 Tết` needs `từ`, a day word or a dash to be a range of days.
    if (!tu && !kw1 && !/[-–]/u.test(joiner!)) return null;
    const from = tetDayComp(kw1, d1!);
    const to = tetDayComp(kw2, d2!);
    if (!from || !to || tetOrder(from) >= tetOrder(to)) return null;
    const y = tetYear(stem, branch, ys, ctx.ref?.y);
    withTetYear(from, y);
    withTetYear(to, y);
    return { start: m.index, end: m.index + m[0].length, kind: 'range', comp: from, to, rank: 4 };
  },
};

export const fullMoon: Parser = {
  name: 'fullMoon',
  opens: opening(false, () => ['rằm']),
  needs: needing(() => ['rằm']),
  // rằm tháng Giêng · Rằm tháng 7 · rằm tháng Tám năm 2024
  pattern: lazy(() => String.raw`${B}rằm${S}tháng${S}(${monthWordAlt()})(?:${S}năm${S}(\d{4}))?${E}`),
  extract(m) {
    const word = m[1]!;
    const w = dateWords().monthWords[key(word)];
    const mo = /^\d/u.test(word) ? Number(word) : w?.month;
    if (mo === undefined || mo < 1 || mo > 12) return null;
    const comp: Comp = { d: 15, m: mo, lunar: true };
    if (m[2]) comp.y = Number(m[2]);
    return { start: m.index, end: m.index + m[0].length, kind: 'date', comp, rank: 3 };
  },
};

export const lunarNewYear: Parser = {
  name: 'lunarNewYear',
  needs: needing(() => ['Tết']),
  // Tết Giáp Thìn 2024 · Tết Nguyên đán 2024 · Tết Nguyên đán Ất Tỵ
  cased: true,
  pattern: lazy(() => {
    const cc = dateWords().canChi;
    return String.raw`${B}Tết(?:${S}Nguyên${S}đán)?(?:${S}(${alt(cc.stems.flat())})${S}(${alt(cc.branches.flat())}))?(?:${S}(?:năm${S})?${NB}(\d{4}))?${E}`;
  }, 'gu'),
  extract(m, _text, ctx) {
    const [, stem, branch, ys] = m;
    // `Tết Nguyên đán` alone names the holiday, not one day; a year or its name pins it.
    if (!ys && !stem) return null;
    let y: number | undefined = ys ? Number(ys) : undefined;
    if (y === undefined && stem && branch) y = canChiYear(stem, branch, ctx.ref?.y);
    const comp: Comp = { d: 1, m: 1, lunar: true };
    if (y !== undefined) comp.y = y;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', comp, rank: 3 };
  },
};

export const newYearsDay: Parser = {
  name: 'newYearsDay',
  needs: needing(() => ['Tết']),
  // Tết Dương lịch 2024
  cased: true,
  pattern: lazy(() => String.raw`${B}Tết${S}Dương${S}lịch${S}(?:năm${S})?${NB}(\d{4})${NE}`, 'gu'),
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'date', comp: { y: Number(m[1]), m: 1, d: 1 }, rank: 3 };
  },
};

/**
 * The year named `stem branch` (or none without a dateline year `near`): the coming Tết at most
 * (`Tết Ất Tỵ` in a 2024 article is 2025), else the last one before it: a Tết further ahead is
 * never news, so `Tết Mậu Thân` in 2024 is 1968, not 2028.
 */
function canChiYear(stem: string, branch: string, near: number | undefined): number | undefined {
  if (near === undefined) return undefined;
  const cc = dateWords().canChi;
  // The day parsers match in lower case, lunarNewYear as written.
  const si = cc.stems.findIndex((v) => v.some((w) => w.toLowerCase() === stem.toLowerCase()));
  const bi = cc.branches.findIndex((v) => v.some((w) => w.toLowerCase() === branch.toLowerCase()));
  for (let y = near + 1; y > near - 60; y--) if ((y + 6) % 10 === si && (y + 8) % 12 === bi) return y;
  return undefined;
}

export const thisTet: Parser = {
  name: 'thisTet',
  opens: opening(false, () => ['dịp', 'tết']),
  needs: needing(() => ['tết']),
  // Tết này · dịp tết này · Tết Nguyên đán năm nay: the Tết nearest the dateline
  pattern: lazy(() => String.raw`${B}(?:dịp${S})?tết(?:${S}nguyên${S}đán)?${S}(?:này|năm${S}nay)${E}`),
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'relative', comp: { d: 1, m: 1, lunar: true }, anchor: 'dateline', rank: 3 };
  },
};
