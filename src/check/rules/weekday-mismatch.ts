// A weekday that does not fall on its date: `thứ Hai (20/5)` when 20 May of that year is a
// Tuesday. The date and its year come from the analysis (the dates extractor reads the year from
// the text or the article's dateline and keeps the weekday in the mention's text); a date whose
// year is unknown (`XXXX-05-20`) gets no finding. The weekday words are the extractor's own
// (src/data/date-words.json).

import type { RawFinding, Rule } from '../types.js';
import { readDataFile } from '../../util/data.js';
import { LETTER } from '../../lexicon/letters.js';

/** ISO weekday (Monday 1 … Sunday 7) as newsrooms write it. */
const WEEKDAY_NAME = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Words {
  weekdayWords: Record<string, number | string>;
  sundayWords: string[];
}

let pattern: { re: RegExp; days: Map<string, number> } | undefined;
function weekdayPattern(): { re: RegExp; days: Map<string, number> } {
  if (pattern) return pattern;
  const words = JSON.parse(readDataFile('date-words.json')) as Words;
  const days = new Map<string, number>();
  for (const [w, n] of Object.entries(words.weekdayWords)) if (typeof n === 'number') days.set(`thứ ${w}`, n);
  for (const w of words.sundayWords) days.set(w, 7);
  const alt = [...days.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /gu, ' +'));
  // e.g. `thứ Hai`, `Thứ 2`, `chủ nhật`, in the lower-cased mention
  pattern = { re: new RegExp(`(?<![${LETTER}])(?:${alt.join('|')})(?![${LETTER}])`, 'gu'), days };
  return pattern;
}

// e.g. `20/5`, `20-5`, `ngày 20 tháng 5`: a day of the month written in the mention
const HAS_DAY = /\d{1,2} *[/.-] *\d{1,2}|ngày +\d{1,2}/u;
// e.g. `2025-05-20`, `2025-05-20T07:09`: a value with its year
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/u;

function isoWeekday(iso: string): number | null {
  const m = FULL_DATE.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDay() === 0 ? 7 : d.getUTCDay();
}

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  defaultSeverity: 'error',
  description: 'A weekday that does not fall on the date beside it (thứ Hai (20/5) when 20/5 is a Tuesday).',
  check({ analysis }) {
    const out: RawFinding[] = [];
    for (const d of analysis.dates) {
      if (d.value === null || d.calendar === 'lunar' || !HAS_DAY.test(d.text)) continue;
      // Built at the first date with a day of the month: most articles' checks never need it.
      const { re, days } = weekdayPattern();
      // A range has a weekday for each end (`thứ Hai (20/5) đến thứ Sáu (24/5)`).
      const values = d.kind === 'range' ? d.value.split('/') : [d.value];
      const named = [...d.text.toLowerCase().matchAll(re)];
      if (named.length !== values.length) continue;
      named.forEach((m, i) => {
        const actual = isoWeekday(values[i] as string);
        const said = days.get((m[0] as string).replace(/ +/gu, ' '));
        if (actual === null || said === undefined || actual === said) return;
        const start = d.start + (m.index ?? 0);
        const written = d.text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length);
        const [y, mo, day] = (values[i] as string).slice(0, 10).split('-');
        out.push({
          start,
          end: start + m[0].length,
          message: `"${written}" does not match ${Number(day)}/${Number(mo)}/${y}, which is a ${WEEKDAY_EN[actual]} (${WEEKDAY_NAME[actual]}).`,
        });
      });
    }
    return out;
  },
};
