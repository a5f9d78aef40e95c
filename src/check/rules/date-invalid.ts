// Dates and times that cannot exist (`31/02/2023`, `29/02/2023`, `25:61`). The dates extractor
// drops such forms, so the rule scans the text itself for the numeric forms newsrooms write.

import type { RawFinding, Rule } from '../types.js';
import { alternation, checkWords } from '../text-utils.js';
import { DIGIT, LETTER_OR_DIGIT } from '../../lexicon/letters.js';

function daysInMonth(month: number, year: number | null): number {
  if (month === 2) {
    if (year === null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dateProblem(day: number, month: number, year: number | null): string | null {
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  if (day < 1) return `day ${day} does not exist`;
  const max = daysInMonth(month, year);
  if (day > max) {
    return month === 2 && max === 28 ? `February ${year} has 28 days` : `month ${month} has ${max} days`;
  }
  return null;
}

// e.g. `31/02/2023`, `29-02-2023`, `31.4.2024` (day first; the year has four digits)
const NUMERIC_DATE = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}]|[${DIGIT}][.,/:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![${LETTER_OR_DIGIT}]|[.,/-][${DIGIT}])`, 'gu');
// e.g. `ngày 31/2`, `ngày 30-2` (no year: only after `ngày`, since `1/2` alone is a fraction)
const DAY_MONTH = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])([Nn]gày\s+)(\d{1,2})([/-])(\d{1,2})(?![${LETTER_OR_DIGIT}]|[./-][${DIGIT}])`, 'gu');
// e.g. `ngày 31 tháng 2 năm 2023`, `ngày 30 tháng 2`
const WORDED_DATE = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])([Nn]gày\s+)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?![${LETTER_OR_DIGIT}])`, 'gu');
// e.g. `25:61`, `07:09` (hour:minute; minutes always two digits)
const CLOCK = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}]|[${DIGIT}][.,:/])(\d{1,2}):(\d{2})(?![${LETTER_OR_DIGIT}]|[.,:][${DIGIT}])`, 'gu');
// e.g. `18h30`, `25h10`
const HOUR_H = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])(\d{1,2})h(\d{2})(?![${LETTER_OR_DIGIT}])`, 'gu');
let ratioBefore: RegExp | undefined;
// e.g. `tỷ lệ 30:70`, `tỉ số 2:1`, `thắng 25:23`, `set 1 25:27`: ratios and scores, not times
const RATIO_BEFORE = () => (ratioBefore ??= new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])(?:${alternation(checkWords().scoreWords)})(?:\s+\d{1,2})?\s*$`, 'iu'));

function timeProblem(hour: number, minute: number): string | null {
  if (hour === 24 && minute === 0) return null;
  if (hour > 23) return `hour ${hour} does not exist`;
  if (minute > 59) return `minute ${minute} does not exist`;
  return null;
}

export const dateInvalid: Rule = {
  id: 'date-invalid',
  defaultSeverity: 'error',
  description: 'A date or time that cannot exist (31/02/2023, 29/02/2023, 25:61).',
  check({ text }) {
    const out: RawFinding[] = [];
    const report = (start: number, end: number, problem: string | null, what: string) => {
      if (problem) out.push({ start, end, message: `Impossible ${what} "${text.slice(start, end)}": ${problem}.` });
    };
    for (const m of text.matchAll(NUMERIC_DATE)) {
      const start = m.index ?? 0;
      report(start, start + m[0].length, dateProblem(Number(m[1]), Number(m[3]), Number(m[4])), 'date');
    }
    for (const m of text.matchAll(DAY_MONTH)) {
      const start = (m.index ?? 0) + (m[1] as string).length;
      report(start, (m.index ?? 0) + m[0].length, dateProblem(Number(m[2]), Number(m[4]), null), 'date');
    }
    for (const m of text.matchAll(WORDED_DATE)) {
      const start = (m.index ?? 0) + (m[1] as string).length;
      const year = m[4] === undefined ? null : Number(m[4]);
      report(start, (m.index ?? 0) + m[0].length, dateProblem(Number(m[2]), Number(m[3]), year), 'date');
    }
    // Once a paragraph has shown a score (`thắng 25:23`), its later pairs are scores too
    // (`… và 25:27 ở set 2`).
    let scoreUntil = -1;
    for (const m of text.matchAll(CLOCK)) {
      const start = m.index ?? 0;
      if (start < scoreUntil) continue;
      if (RATIO_BEFORE().test(text.slice(Math.max(0, start - 16), start))) {
        const lineEnd = text.indexOf('\n', start);
        scoreUntil = lineEnd === -1 ? text.length : lineEnd;
        continue;
      }
      report(start, start + m[0].length, timeProblem(Number(m[1]), Number(m[2])), 'time');
    }
    for (const m of text.matchAll(HOUR_H)) {
      const start = m.index ?? 0;
      report(start, start + m[0].length, timeProblem(Number(m[1]), Number(m[2])), 'time');
    }
    return out;
  },
};
