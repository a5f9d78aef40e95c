// Dates, times, periods and durations in Vietnamese news text, normalised to ISO 8601 / TIMEX3,
// and the reader of a dateline line (`Thứ Hai, 04/12/2023 07:09 (GMT+7)`).
//
// Choices (see also the README section on dates):
// - Day first, always: `03/12/2023` is 3 December.
// - A year the text leaves out comes from the reference (the dateline): its year, unless that
//   puts the date more than 6 months after the dateline (then the year before: news reports the
//   past) or more than 10 months before it (then the year after); see impliedYear. Without a
//   reference it is TIMEX3 `XXXX` (`ngày 25/2` → `2023-02-25` or `XXXX-02-25`). A lunar day takes
//   the lunar year that puts it nearest the dateline (`mùng 1 Tết` in December is the coming Tết).
// - `5 năm qua` is a `range` ending on the reference day (`2018-12-03/2023-12-03`) when there is a
//   reference, else a `duration` (`P5Y`); the length is kept in `duration` either way.
// - `6 tháng đầu năm 2023` is a `range` of months (`2023-01/2023-06`), not `2023-H1`, so a
//   spreadsheet can read both ends.
// - A time alone is `T18:30` (not tied to the dateline's day: articles narrate other days).
// - Impossible dates and times (`31/02/2023`, `25:61`) are reported with `value: null` and
//   `invalid: true` so `check` can flag them.
// - Lunar dates carry `calendar: 'lunar'` and `lunar` (`2024-01-15`); `value` is the solar date,
//   null when the year is unknown. A lunar month alone (`tháng Giêng`) is the range of solar days
//   it covers.
// - Relative expressions resolve at their own precision (`hôm qua` a day, `tuần trước` an ISO week
//   `2023-W47`, `tháng này` a month, `năm ngoái` a year); without a reference they are TIMEX3
//   `XXXX-XX-XX`, `XXXX-WXX`, `XXXX-XX`, `XXXX`. `tuần qua` is the week up to the dateline.
//   After `so với` (compared with), `tháng trước`/`năm trước` count from the month or year just
//   named in the sentence (`CPI tháng 2/2024 … so với tháng trước` is 2024-01).
// - `đầu`/`giữa`/`cuối` keep the period's value and add TIMEX3 `mod` START/MID/END.
// - `từ năm 2015 đến nay` is a range ending on the dateline day (`2015/2023-12-03`), or at
//   TIMEX3 `PRESENT_REF` without a reference. Consecutive days (`26 và 27/6`) are one range.
// - Decades (`thập niên 1990`, `những năm 90`) are TIMEX3 decades (`199`), kind `year`.
// - A bare weekday is TIMEX3 `XXXX-WXX-1`; with `tuần này/trước/tới` it is resolved to a day.
// - `cùng ngày`/`hôm đó` (`Chiều cùng ngày`, `15h cùng ngày`) take the day of the last date
//   before them in the same call (across its scope spans), kind `relative` (or `datetime`).
// - Spans include the words that make the date (`ngày`, `sáng`, `từ … đến`, `âm lịch`, the
//   weekday), not the prepositions before it (`vào`, `trong`, `lúc`).
import type { DateMention, Span } from '../../types.js';
import type { Cand, Ctx } from './candidate.js';
import { parsers } from './parsers/index.js';
import { refine } from './refiners/index.js';
import { startsFor } from './starts.js';
import { addDays, formatComp, formatDay, impliedYear, parseReference, type Reference } from './values.js';
import { alt, dateWords } from './words.js';

/**
 * Lower case with every character kept at its offset, so a match in it is a match in `text`.
 * Only `İ` grows when lower-cased (to `i` and a combining dot); it is kept as it is.
 */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[^\u0130]+/gu, (run) => run.toLowerCase());
}

/** The match with its groups read from the original text, through the `d` flag's positions. */
function inOriginal(m: RegExpExecArray, text: string): RegExpExecArray {
  const out = Array.from(m.indices ?? [], (span) => (span ? text.slice(span[0], span[1]) : undefined)) as unknown as RegExpExecArray;
  out.index = m.index;
  out.input = text;
  return out;
}

function candidates(text: string, ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  const lower = lowerInPlace(text);
  // Compared once: comparing the strings at every match would read the whole text each time.
  const hasCapitals = lower !== text;
  const hasDigits = /[0-9]/u.test(text);
  const { starts, needMet } = startsFor(parsers, lower);
  for (let i = 0; i < parsers.length; i++) {
    const p = parsers[i]!;
    const input = p.cased ? text : lower;
    const opened = starts[i];
    // No place to start, or no word it needs (as a word, from the same pass, for a parser with `opens`).
    if (opened === null || (p.digits && !hasDigits)) continue;
    if (p.needs && !(opened ? needMet[i] : p.needs().some((w) => input.includes(w)))) continue;
    const remap = hasCapitals && !p.cased;
    const take = (found: RegExpExecArray): void => {
      const m = remap ? inOriginal(found, text) : found;
      const c = p.extract(m, text, ctx);
      if (Array.isArray(c)) for (const x of c) out.push(x);
      else if (c) out.push(c);
    };
    if (opened) {
      const re = opened.re;
      for (const at of opened.at) {
        re.lastIndex = at;
        const found = re.exec(input);
        if (found !== null && found[0].length > 0) take(found);
      }
      continue;
    }
    const re = p.pattern();
    re.lastIndex = 0;
    let found: RegExpExecArray | null;
    while ((found = re.exec(input)) !== null) {
      if (found[0].length > 0) take(found);
      // Let a shorter reading start inside this match (`năm 2019` inside `tháng 12 năm 2019`).
      re.lastIndex = found.index + 1;
    }
  }
  return out;
}

function toMention(text: string, c: Cand, ref: Reference | null, offset: number): DateMention {
  let value: string | null;
  let invalid = !!c.invalid;
  let lunar: string | undefined;
  if (c.untilNow) {
    const from = c.value !== undefined ? c.value : c.comp ? formatComp(c.comp, ref).value : null;
    const to = ref ? formatDay(ref.y, ref.m, ref.d) : 'PRESENT_REF';
    value = from === null ? null : `${from.split('/')[0]}/${to}`;
  } else if (c.value !== undefined) value = c.value;
  else if (c.comp && c.to) {
    // One year for both ends when the text gives none: the first end's likely year, and the
    // second end in that year or the next (`từ 20/12 đến 5/1`), never before the first.
    const from = { ...c.comp };
    const to = { ...c.to };
    if (ref && from.y === undefined && to.y === undefined && from.m !== undefined && !from.lunar && from.q === undefined) {
      from.y = impliedYear(from.m, from.d, ref);
      if (to.m !== undefined) to.y = to.m < from.m || (to.m === from.m && (to.d ?? 0) < (from.d ?? 0)) ? from.y + 1 : from.y;
    }
    const a = formatComp(from, ref);
    const b = formatComp(to, ref);
    invalid ||= !!(a.invalid || b.invalid);
    // An end that is itself a span (a lunar month) contributes its outer day.
    const av = a.value?.split('/')[0] ?? null;
    const bv = b.value?.split('/').pop() ?? null;
    value = av !== null && bv !== null ? `${av}/${bv}` : null;
    if (a.lunar && b.lunar) lunar = `${a.lunar}/${b.lunar}`;
  } else if (c.comp) {
    const f = formatComp(c.comp, ref);
    value = f.value;
    invalid ||= !!f.invalid;
    lunar = f.lunar;
  } else value = null;
  if (invalid) value = null;
  let kind = c.kind;
  if (kind === 'date' && c.comp?.h !== undefined) kind = 'datetime';
  const d: DateMention = { text: text.slice(c.start, c.end), start: c.start + offset, end: c.end + offset, kind, value };
  if (c.comp?.lunar || c.to?.lunar) {
    d.calendar = 'lunar';
    if (lunar !== undefined) d.lunar = lunar;
  }
  if (invalid) d.invalid = true;
  if (c.duration && kind !== 'duration') d.duration = c.duration;
  if (c.mod) d.mod = c.mod;
  placeRelative(d, c);
  return d;
}

const UNIT_DESIGNATOR = { day: 'D', week: 'W', month: 'M', year: 'Y' } as const;

/**
 * `anchor` and `offset` on a relative mention: from the parser when it set them (`5 năm qua`),
 * else from the relative unit and offset (`hôm qua` -P1D, `năm nay` P0Y); a relative mention with
 * neither counts from the story (`hôm sau`, `cùng ngày`), not from the dateline.
 */
function placeRelative(d: DateMention, c: Cand): void {
  if (c.anchor) {
    d.anchor = c.anchor;
    if (c.offset !== undefined) d.offset = c.offset;
  } else if (c.relUnit && c.relOffset !== undefined && !c.anaphor) {
    d.anchor = 'dateline';
    d.offset = `${c.relOffset < 0 ? '-' : ''}P${Math.abs(c.relOffset)}${UNIT_DESIGNATOR[c.relUnit]}`;
  } else if (d.kind === 'relative' && !c.now) d.anchor = 'none';
}

/** A mention, and whether it names `the same day` as the last date before it (or, with `shift`, a day after or before it). */
interface Found {
  mention: DateMention;
  anaphor: boolean;
  shift?: number;
}

/** `2023-12-03` + 1 day; a day without its year (`XXXX-02-28`) is shifted in a leap year and keeps its `XXXX`. */
function shiftDay(day: string, days: number): string {
  if (days === 0) return day;
  const unknown = day.startsWith('XXXX');
  const [y, m, d] = [unknown ? 2000 : Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  const r = addDays({ y, m, d }, days);
  const s = formatDay(r.y, r.m, r.d);
  return unknown ? `XXXX${s.slice(4)}` : s;
}

function extractIn(text: string, ref: Reference | null, offset: number): Found[] {
  const ctx: Ctx = { ref };
  return refine(text, candidates(text, ctx)).map((c) => {
    const f: Found = { mention: toMention(text, c, ref, offset), anaphor: !!c.anaphor };
    if (c.anaphorShift) f.shift = c.anaphorShift;
    return f;
  });
}

/**
 * `Chiều cùng ngày`, `15h cùng ngày`: the day of the last dated mention before it (a time keeps
 * its clock time); with no date before, a time stays a time and a day is null. Runs over the whole call, in text order, so a
 * date in one sentence anchors `cùng ngày` in the next.
 */
function resolveAnaphors(found: Found[]): DateMention[] {
  let lastDay: string | null = null;
  const out: DateMention[] = [];
  for (const f of found) {
    const d = f.mention;
    if (f.anaphor) {
      const time = d.value && d.value.startsWith('T') ? d.value : '';
      if (lastDay !== null) {
        // `Sáng hôm sau … Đêm ấy`: the story has moved on a day, and later anaphors follow it.
        lastDay = shiftDay(lastDay, f.shift ?? 0);
        d.value = `${lastDay}${time}`;
      }
      else if (time) d.kind = 'time';
      else d.value = null;
    } else if ((d.kind === 'date' || d.kind === 'datetime') && d.value && d.calendar === undefined) {
      const m = /^(?:\d{4}|XXXX)-\d{2}-\d{2}/u.exec(d.value);
      if (m) lastDay = m[0];
    }
    out.push(d);
  }
  return out;
}

/**
 * Every date, time, period and duration inside `scope`, sorted by start. `reference` is the
 * article's dateline value (`2023-12-03T07:09` or `2023-12-03`), or null.
 */
export function extractDates(text: string, scope: Span[], reference: string | null): DateMention[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const ref = parseReference(reference);
    const out: Found[] = [];
    const spans = [...scope]
      .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
      .sort((a, b) => a.start - b.start);
    let covered = 0;
    for (const s of spans) {
      const start = Math.max(s.start, covered, 0);
      const end = Math.min(s.end, text.length);
      if (end <= start) continue;
      // A loop, not push(...found): a long text can hold more mentions than a call has arguments.
      for (const d of extractIn(text.slice(start, end), ref, start)) out.push(d);
      covered = end;
    }
    return resolveAnaphors(out.sort((a, b) => a.mention.start - b.mention.start));
  } catch {
    // An extractor never takes the whole analysis down; an odd input simply has no dates.
    return [];
  }
}

let datelineLead: RegExp | null = null;
let datelineRest: RegExp | null = null;

/**
 * Recognises a whole line as a dateline the way newspapers print it: `03/12/2023 - 07:09`,
 * `Thứ Hai, 04/12/2023 07:09 (GMT+7)`, `04/12/2023 | 07:09`, `Cập nhật: 07:09 ngày 03/12/2023`,
 * `03/12/2023`. The line must hold one full date (with its year) and nothing but a weekday, a
 * label, a time and a time zone besides; anything else (a sentence that starts with a date) is
 * not a dateline. Returns the trimmed line and its value, or null.
 */
export function parseDateline(line: string): { text: string; value: string } | null {
  try {
    if (typeof line !== 'string') return null;
    const text = line.trim();
    // A dateline is short; this also keeps the work constant on a 5 MB line.
    if (text.length === 0 || text.length > 120) return null;
    const found = extractIn(text, null, 0);
    if (found.length !== 1 || found[0]!.anaphor) return null;
    const d = found[0]!.mention;
    if (d.kind !== 'date' && d.kind !== 'datetime') return null;
    if (d.value === null || !/^\d{4}-\d{2}-\d{2}/u.test(d.value)) return null;
    const w = dateWords();
    datelineLead ??= new RegExp(String.raw`^(?:(?:${alt(w.datelineLead)})\s{0,3}:?\s{0,3})?(?:(?:thứ\s(?:${alt(Object.keys(w.weekdayWords))})|${alt(w.sundayWords)})\s{0,3}[,\-–|]?\s{0,3})?$`, 'iu');
    datelineRest ??= /^\s{0,3}(?:[,|\-–]\s{0,3})?(?:\(?\s{0,2}(?:GMT|UTC)\s{0,2}[+-]\s{0,2}\d{1,2}(?::?\d{2})?\s{0,2}\)?)?\s{0,3}$/iu;
    if (!datelineLead.test(text.slice(0, d.start)) || !datelineRest.test(text.slice(d.end))) return null;
    return { text, value: d.value };
  } catch {
    return null;
  }
}
