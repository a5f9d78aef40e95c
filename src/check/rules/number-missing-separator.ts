// A large number written without thousands separators (`19700`) in an article that otherwise
// groups its digits (`1.850.000`). Reads the analysis' numbers: years, codes, phone numbers and
// identifiers (`mã 12345`, `hotline 19001234`) are no quantities there, so they are left alone.

import type { RawFinding, Rule } from '../types.js';
import { groupedWritings, thousandsConvention } from './number-format-mixed.js';

/** Five integer digits or more is where an ungrouped amount gets hard to read (`19700`). */
const MIN_DIGITS = 5;

function group(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

export const numberMissingSeparator: Rule = {
  id: 'number-missing-separator',
  defaultSeverity: 'warn',
  description: 'A large number has no thousands separators although the article uses them elsewhere (19700 beside 1.850.000).',
  check({ text, analysis }) {
    const separator = thousandsConvention(groupedWritings(analysis.numbers));
    if (separator === null) return [];
    const decimalMark = separator === '.' ? ',' : '.';
    const out: RawFinding[] = [];
    for (const n of analysis.numbers) {
      const written = n.written;
      if (!written || written.thousands !== null) continue;
      const digits = text.slice(written.start, written.end);
      const cut = written.decimal === null ? digits.length : digits.lastIndexOf(written.decimal);
      const integer = digits.slice(0, cut);
      if (integer.length < MIN_DIGITS) continue;
      const fraction = written.decimal === null ? '' : decimalMark + digits.slice(cut + 1);
      out.push({
        start: written.start,
        end: written.end,
        message: `"${digits}" has no thousands separators; this article writes them (${group(integer, separator)}${fraction}).`,
      });
    }
    return out;
  },
};
