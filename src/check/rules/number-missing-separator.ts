// A large number written without thousands separators (`19700`) in an article that otherwise
// groups its digits (`1.850.000`). Years, codes, phone numbers and identifiers are left alone.

import type { RawFinding, Rule } from '../types.js';
import { dominantSeparator, groupedNumbers } from '../number-scan.js';
import { alternation, checkWords } from '../text-utils.js';
import { DIGIT, LETTER, LETTER_OR_DIGIT } from '../../lexicon/letters.js';

// e.g. `19700 cuộc`, `1850000 lượt`, `150000đ`: five digits or more, not part of a code
// (`SU290`), a decimal, a date or a longer identifier (`123/QĐ-UBND`, `51A-123.45`); a letter
// right after the digits is checked in code (only `đ` may follow)
const BARE = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}#]|[${LETTER_OR_DIGIT}][.,/:\-])\d{5,}(?![${DIGIT}]|[.,/:\-][${LETTER_OR_DIGIT}])`, 'gu');
// e.g. `150000đ` (the đồng sign written as a letter), but not `12345abc`
const LETTER_AFTER = new RegExp(String.raw`^(?!đ(?![${LETTER_OR_DIGIT}]))[${LETTER}]`, 'u');
let codeBefore: RegExp | undefined;
// e.g. `số 12345`, `mã số thuế: 100000`, `hotline 19001234`, `bệnh nhân 41600`: identifiers
const CODE_BEFORE = () => (codeBefore ??= new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}])(?:${alternation(checkWords().codeLabels)})[\s:.]*$`, 'iu'));

function group(digits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

export const numberMissingSeparator: Rule = {
  id: 'number-missing-separator',
  defaultSeverity: 'warn',
  description: 'A large number has no thousands separators although the article uses them elsewhere (19700 beside 1.850.000).',
  check({ text, analysis }) {
    const sep = dominantSeparator(groupedNumbers(text));
    if (sep === null) return [];
    const out: RawFinding[] = [];
    for (const m of text.matchAll(BARE)) {
      const digits = m[0];
      const start = m.index ?? 0;
      const end = start + digits.length;
      // A leading zero marks a phone number or an identifier, never an amount.
      if (digits.startsWith('0')) continue;
      if (LETTER_AFTER.test(text.slice(end, end + 2))) continue;
      if (CODE_BEFORE().test(text.slice(Math.max(0, start - 24), start))) continue;
      // When the numbers extractor ran and saw no quantity here, it judged this a code.
      if (analysis.numbers.length > 0 && !analysis.numbers.some((n) => n.start < end && n.end > start)) continue;
      out.push({
        start,
        end,
        message: `"${digits}" has no thousands separators; this article writes them (${group(digits, sep)}).`,
      });
    }
    return out;
  },
};
