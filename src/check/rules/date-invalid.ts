// Dates and times that cannot exist (`31/02/2023`, `29/02/2023`, `25:61`). The date extractor
// marks them in the analysis (`invalid: true`, `value: null`); this rule reports each one,
// pointing at the impossible part of the mention (`31/6/2024` in `từ ngày 15/6 đến ngày
// 31/6/2024`) and saying why, with the one calendar (lexicon/calendar.ts).

import type { RawFinding, Rule } from '../types.js';
import { daysIn, validTime } from '../../lexicon/calendar.js';
import { DIGIT, LETTER_OR_DIGIT } from '../../lexicon/letters.js';

function dateProblem(day: number, month: number, year: number | null): string | null {
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  if (day < 1) return `day ${day} does not exist`;
  // Without a year, 29 February may exist.
  const max = daysIn(year ?? 2000, month);
  if (day > max) return month === 2 && max === 28 ? `February ${year} has 28 days` : `month ${month} has ${max} days`;
  return null;
}

function timeProblem(hour: number, minute: number): string | null {
  if (validTime(hour, minute)) return null;
  return hour > 23 ? `hour ${hour} does not exist` : `minute ${minute} does not exist`;
}

// The written forms inside a mention the extractor already read as a date or time, so no
// context is needed to tell them from fractions or scores.
// e.g. `31/02/2023`, `29-02-2023`, `31.4.2024`, `31/6`
const NUMERIC_DATE = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?(?![${LETTER_OR_DIGIT}]|[.,:/-][${DIGIT}])`, 'gu');
// e.g. `31 tháng 2 năm 2023`, `30 tháng 2`
const WORDED_DATE = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?![${LETTER_OR_DIGIT}])`, 'giu');
// e.g. `25:61`, `18h75`
const CLOCK = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])(\d{1,2})[:hg](\d{2})(?![${LETTER_OR_DIGIT}]|[.,:][${DIGIT}])`, 'giu');

/** The impossible parts of one mention, with offsets into it. */
function impossibleParts(mention: string): { start: number; end: number; what: string; problem: string }[] {
  const out: { start: number; end: number; what: string; problem: string }[] = [];
  const add = (m: RegExpMatchArray, what: string, problem: string | null) => {
    if (problem) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, what, problem });
  };
  for (const m of mention.matchAll(NUMERIC_DATE)) add(m, 'date', dateProblem(Number(m[1]), Number(m[3]), m[4] === undefined ? null : Number(m[4])));
  for (const m of mention.matchAll(WORDED_DATE)) add(m, 'date', dateProblem(Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])));
  for (const m of mention.matchAll(CLOCK)) add(m, 'time', timeProblem(Number(m[1]), Number(m[2])));
  return out.sort((a, b) => a.start - b.start);
}

export const dateInvalid: Rule = {
  id: 'date-invalid',
  defaultSeverity: 'error',
  description: 'A date or time that cannot exist (31/02/2023, 29/02/2023, 25:61).',
  check({ analysis }) {
    const out: RawFinding[] = [];
    for (const d of analysis.dates) {
      if (!d.invalid) continue;
      const parts = impossibleParts(d.text);
      // A form the explanation does not read still gets its finding, on the whole mention.
      if (parts.length === 0) out.push({ start: d.start, end: d.end, message: `Impossible date or time "${d.text}".` });
      for (const p of parts) {
        out.push({ start: d.start + p.start, end: d.start + p.end, message: `Impossible ${p.what} "${d.text.slice(p.start, p.end)}": ${p.problem}.` });
      }
    }
    return out;
  },
};
