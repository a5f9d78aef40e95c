// Thousands separators that change within one article (`19.700` and later `19,700`): Vietnamese
// writes `.` for thousands and `,` for decimals, so a `19,700` beside `19.700` reads as 19,7.

import type { RawFinding, Rule } from '../types.js';
import { dominantSeparator, groupedNumbers } from '../number-scan.js';
import { where } from '../text-utils.js';

export const numberFormatMixed: Rule = {
  id: 'number-format-mixed',
  defaultSeverity: 'warn',
  description: 'Numbers in one article use different thousands separators (19.700 and 19,700).',
  check({ text }) {
    const nums = groupedNumbers(text);
    const main = dominantSeparator(nums);
    if (main === null) return [];
    const example = nums.find((n) => n.separator === main);
    if (!example) return [];
    const exampleAt = where(text, example.start);
    const out: RawFinding[] = [];
    for (const n of nums) {
      if (n.separator === main) continue;
      out.push({
        start: n.start,
        end: n.end,
        message: `"${n.text}" uses "${n.separator}" for thousands, but this article uses "${main}" (as in "${example.text}" at ${exampleAt}).`,
      });
    }
    return out;
  },
};
