// Grouped numbers in the text (`19.700`, `1.850.000`, `19,700`) and which separator each uses;
// shared by the two number-format rules.

import { alternation, checkWords } from './text-utils.js';
import { DIGIT, LETTER_OR_DIGIT } from '../lexicon/letters.js';

export interface GroupedNumber {
  start: number;
  end: number;
  text: string;
  separator: '.' | ',';
}

// e.g. `19.700`, `1.850.000`, `19,700`: one to three digits, then groups of three behind one
// repeated separator. Not `3,2` (decimal), not `1.7.2025` (date), not `10.000,5` (read `10.000`).
const GROUPED = new RegExp(String.raw`(?<![${LETTER_OR_DIGIT}]|[${DIGIT}][.,])\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?![${LETTER_OR_DIGIT}]|[.,]\d{3})`, 'gu');
let scaleAfter: RegExp | undefined;
// e.g. `1,500 tỷ`: a comma before a scale word is a Vietnamese decimal written with three places
const SCALE_AFTER = () => (scaleAfter ??= new RegExp(String.raw`^\s*(?:${alternation(checkWords().scaleWords)})(?![${LETTER_OR_DIGIT}])`, 'u'));

export function groupedNumbers(text: string): GroupedNumber[] {
  const out: GroupedNumber[] = [];
  for (const m of text.matchAll(GROUPED)) {
    const start = m.index ?? 0;
    if (m[1] === ',' && SCALE_AFTER().test(text.slice(start + m[0].length, start + m[0].length + 8))) continue;
    out.push({ start, end: start + m[0].length, text: m[0], separator: m[1] as '.' | ',' });
  }
  return out;
}

/** The article's convention: the separator most numbers use, the earlier one on a tie. */
export function dominantSeparator(nums: GroupedNumber[]): '.' | ',' | null {
  let dots = 0;
  let commas = 0;
  for (const n of nums) {
    if (n.separator === '.') dots++;
    else commas++;
  }
  if (dots === 0 && commas === 0) return null;
  if (dots !== commas) return dots > commas ? '.' : ',';
  return (nums[0] as GroupedNumber).separator;
}
