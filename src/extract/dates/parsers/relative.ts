// Days and periods named relative to the dateline or to the text: `thứ Hai`, `hôm qua`,
// `cuối năm`, `(đến) nay`, `cùng ngày`.
import type { Comp } from '../values.js';
import { alt, dateWords, key, wordsBefore } from '../words.js';
import { B, E, S, COUNT_BEFORE, opening, lazy, hasBefore, periodWords, capitalisedInside, relativeCand, needing, lastWords } from './shared.js';
import type { Cand, Parser } from '../candidate.js';

export const weekday: Parser = {
  name: 'weekday',
  opens: opening(false, () => ['thứ', ...dateWords().sundayWords]),
  // thứ Hai · Thứ 7 · Chủ nhật · thứ Bảy tuần trước
  pattern: lazy(() => {
    const w = dateWords();
    return String.raw`${B}(?:thứ${S}(${alt(Object.keys(w.weekdayWords))})|(${alt(w.sundayWords)}))(?:${S}tuần${S}(này|trước|qua|tới|sau))?${E}`;
  }),
  extract(m, text) {
    const [, day, sunday, week] = m;
    const w = dateWords();
    const wd = sunday ? 7 : w.weekdayWords[day!.toLowerCase()];
    if (wd === undefined) return null;
    const comp: Comp = { wd };
    if (week) comp.weekOffset = w.relative[`tuần ${week.toLowerCase()}`]?.offset ?? 0;
    // `thứ hai` in lower case, or `thứ 2`, is mostly an ordinal ("the second"): only a weekday
    // when a time word stands before it or a date follows (the refiner decides the latter).
    const strong =
      !!sunday ||
      !!week ||
      (!/^\d/u.test(day!) && day![0] !== day![0]!.toLowerCase()) ||
      hasBefore(text, m.index, w.weekdayContext);
    const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'date', comp, rank: 2 };
    if (!strong) c.weak = true;
    return c;
  },
};

export const relative: Parser = {
  name: 'relative',
  opens: opening(false, () => Object.keys(dateWords().relative)),
  // hôm qua · ngày mai · tuần trước · tháng này · năm ngoái · sáng nay
  pattern: lazy(() => String.raw`${B}(${alt(Object.keys(dateWords().relative))})${E}(?!${S}\d)`),
  extract(m, text, ctx) {
    const r = dateWords().relative[key(m[1]!)];
    if (!r) return null;
    // `200 năm trước đó`: the unit word belongs to a count before it, not to `năm trước`; but in
    // `tháng 1 năm trước` the number belongs to the month.
    const cm = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const cw = cm?.[1];
    const counted =
      !!cw &&
      (/^\d/u.test(cw) || dateWords().countWords[cw.toLowerCase()] !== undefined) &&
      !capitalisedInside(text, m.index - cm![2]!.length - cw.length, cw);
    if (counted && !/^(?:tháng|ngày|mùng|mồng|quý)\s/u.test(wordsBefore(text, m.index)[1] ?? '')) return null;
    // `võ sư Minh Sang năm nay`: a capitalised phrase inside a sentence is (part of) a name.
    if (capitalisedInside(text, m.index, m[1]!)) return null;
    return relativeCand(m.index, m.index + m[0].length, r.unit, r.offset, ctx.ref);
  },
};

export const periodModifier: Parser = {
  name: 'periodModifier',
  opens: opening(false, () => Object.keys(dateWords().modifiers)),
  // đầu năm · cuối tháng · giữa tuần   (đầu năm nay, cuối tháng 12: the refiner extends those)
  pattern: lazy(() => String.raw`${B}(${alt(Object.keys(dateWords().modifiers))})${S}(năm|tháng|tuần)${E}(?!${S}(?:\d|(?:nay|này|ngoái|trước|qua|tới|sau|${alt(Object.keys(dateWords().monthWords))})${E}))`),
  extract(m, _text, ctx) {
    const unit = ({ năm: 'year', tháng: 'month', tuần: 'week' } as const)[m[2]!.toLowerCase() as 'năm' | 'tháng' | 'tuần'];
    const c = relativeCand(m.index, m.index + m[0].length, unit, 0, ctx.ref);
    c.mod = dateWords().modifiers[key(m[1]!)]!;
    return c;
  },
};

export const untilNow: Parser = {
  name: 'untilNow',
  opens: opening(false, () => ['hiện', 'nay']),
  needs: needing(() => ['nay']),
  // (từ năm 2015) đến nay · (từ tháng 3) tới nay · (từ đầu năm) đến hiện nay: only the end of a range
  pattern: lazy(() => String.raw`(?<=(?:đến|tới)\s{1,3})(?:hiện${S})?nay${E}`),
  extract(m, _text, ctx) {
    const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'relative', now: true, weak: true, rank: 1 };
    if (ctx.ref) c.comp = { y: ctx.ref.y, m: ctx.ref.m, d: ctx.ref.d };
    else c.value = 'PRESENT_REF';
    return c;
  },
};

export const sameDay: Parser = {
  name: 'sameDay',
  opens: opening(false, () => [...Object.keys(dateWords().periods), ...dateWords().anaphoricDays]),
  needs: needing(() => lastWords(dateWords().anaphoricDays)),
  // Chiều cùng ngày · (15h) cùng ngày · ngày hôm đó · hôm ấy · ngay trong đêm
  pattern: lazy(() => String.raw`${B}(?:(${periodWords()})${S})?(${alt(dateWords().anaphoricDays)})${E}`),
  extract(m) {
    const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'relative', relUnit: 'day', anaphor: true, value: null, rank: 2 };
    if (m[1]) c.period = m[1];
    return c;
  },
};

export const thatNight: Parser = {
  name: 'thatNight',
  opens: opening(false, () => dateWords().anaphoricNights),
  needs: needing(() => ['ấy', 'đó']),
  // đêm ấy · tối đó · đêm khuya hôm ấy (the last is sameDay's, longer)
  pattern: lazy(() => String.raw`${B}(${alt(dateWords().anaphoricNights)})${S}(?:ấy|đó)${E}`),
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'relative', relUnit: 'day', anaphor: true, value: null, period: m[1], rank: 2 };
  },
};

export const storyDay: Parser = {
  name: 'storyDay',
  opens: opening(false, () => [...Object.keys(dateWords().periods), ...Object.keys(dateWords().storyDays)]),
  needs: needing(() => lastWords(Object.keys(dateWords().storyDays))),
  // hôm sau · Sáng hôm sau · đêm khuya hôm trước · ngày hôm sau: a day after or before the one just told
  pattern: lazy(() => String.raw`${B}(?:((?:${periodWords()})(?:${S}khuya)?)${S})?(${alt(Object.keys(dateWords().storyDays))})${E}(?!${S}(?:nữa|đó|ấy)${E})`),
  extract(m) {
    const shift = dateWords().storyDays[key(m[2]!)];
    if (shift === undefined) return null;
    const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'relative', relUnit: 'day', anaphor: true, anaphorShift: shift, value: null, rank: 2 };
    if (m[1]) c.period = m[1];
    return c;
  },
};

export const recent: Parser = {
  name: 'recent',
  opens: opening(false, () => dateWords().recentWords),
  needs: needing(() => lastWords(dateWords().recentWords)),
  // mới đây · mấy hôm nay · dạo này: up to the dateline, with no length given
  pattern: lazy(() => String.raw`${B}(?:${alt(dateWords().recentWords)})${E}`),
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'relative', value: null, anchor: 'dateline', rank: 1 };
  },
};

export const partOfDay: Parser = {
  name: 'partOfDay',
  opens: opening(false, () => dateWords().partOfDayLeads),
  needs: needing(() => ['buổi', 'bữa', 'giờ']),
  // buổi chiều · một bữa chiều · đầu giờ chiều (TIMEX3 `TAF`); `buổi sáng nay`, `buổi sáng 3/12` are other forms'
  pattern: lazy(() => {
    const w = dateWords();
    return String.raw`${B}(${alt(w.partOfDayLeads)})${S}(${alt(Object.keys(w.partOfDayCodes))})${E}(?!${S}(?:nay|qua|mai|hôm|ngày|mùng|mồng|\d)|${S}(?:${alt(w.anaphoricDays)})${E})`;
  }),
  extract(m, text) {
    const w = dateWords();
    const code = w.partOfDayCodes[key(m[2]!)];
    if (!code) return null;
    // `Buổi chiều, …`, `trong buổi sáng`: it opens a clause or follows a time preposition.
    const opensClause = /(?:^|[,.;:!?(“"\n–-])\s{0,3}$/u.test(text.slice(Math.max(0, m.index - 4), m.index));
    if (!opensClause && !hasBefore(text, m.index, w.partOfDayBefore)) return null;
    const c: Cand = { start: m.index, end: m.index + m[0].length, kind: 'time', value: `T${code}`, anchor: 'none', rank: 1 };
    const lead = key(m[1]!);
    if (lead.startsWith('đầu')) c.mod = 'START';
    else if (lead.startsWith('cuối')) c.mod = 'END';
    return c;
  },
};
