// Thousands separators that change within one article (`19.700` and later `19,700`): Vietnamese
// writes `.` for thousands and `,` for decimals, so a `19,700` beside `19.700` reads as 19,7.
// Reads how the analysis' numbers were written (`written.thousands`); `1,500 tỷ` is a decimal
// there, and codes, dates and phone numbers are no numbers at all.

import type { NumberMention, NumberWriting } from '../../types.js';
import type { RawFinding, Rule } from '../types.js';
import { where } from '../text-utils.js';

/** A number grouped with `.` or `,` (`19.700`, `19,700`); `19 700` follows no convention to break. */
type Grouped = NumberWriting & { thousands: '.' | ',' };

export function groupedWritings(numbers: NumberMention[]): Grouped[] {
  const out: Grouped[] = [];
  for (const n of numbers) {
    const written = n.written;
    if (written && (written.thousands === '.' || written.thousands === ',')) out.push(written as Grouped);
  }
  return out;
}

/** The article's convention: the thousands separator most numbers use, the earlier one on a tie. */
export function thousandsConvention(grouped: Grouped[]): '.' | ',' | null {
  let dots = 0;
  let commas = 0;
  for (const n of grouped) {
    if (n.thousands === '.') dots++;
    else commas++;
  }
  if (dots === 0 && commas === 0) return null;
  if (dots !== commas) return dots > commas ? '.' : ',';
  return grouped[0]!.thousands;
}

export const numberFormatMixed: Rule = {
  id: 'number-format-mixed',
  defaultSeverity: 'warn',
  description: 'Numbers in one article use different thousands separators (19.700 and 19,700).',
  check({ text, analysis }) {
    const grouped = groupedWritings(analysis.numbers);
    const main = thousandsConvention(grouped);
    if (main === null) return [];
    const example = grouped.find((n) => n.thousands === main)!;
    const exampleText = text.slice(example.start, example.end);
    const exampleAt = where(text, example.start);
    const out: RawFinding[] = [];
    for (const n of grouped) {
      if (n.thousands === main) continue;
      out.push({
        start: n.start,
        end: n.end,
        message: `"${text.slice(n.start, n.end)}" uses "${n.thousands}" for thousands, but this article uses "${main}" (as in "${exampleText}" at ${exampleAt}).`,
      });
    }
    return out;
  },
};
