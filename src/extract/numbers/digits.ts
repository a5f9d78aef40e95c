// Reading digits: the groups and separators of a written number and their value.
//
// Separator rule (Vietnamese writes `.` for thousands and `,` for decimals):
// - `1.850.000`: `.` with a 1–3 digit lead and 3-digit groups is thousands. Any other dotted form
//   (`1.7.2025`, `1.2.3`, `4.0`) is a date, version or code and is skipped, except `a.b` (1–2 digits
//   after the dot) directly followed by `%`, a scale word or a unit, read as an English decimal (`5.5%`).
// - `3,2`, `0,5`, `1,25`: `,` followed by anything but exactly 3 digits is a decimal.
// - `19,700`: `,` + exactly 3 digits is ambiguous. It is thousands (English style) unless the lead is
//   `0` or a scale word or `%` follows (`1,250 tỷ` is 1.25 tỷ, `2,500%` is 2.5%), where it is a decimal.
//   Several `,` groups (`1,850,000`) are thousands; `1,234.5` is English, `1.234,5` Vietnamese.
// - `19 700`: a 1–3 digit number followed by one space and exactly 3 digits is one number.
import type { NumberWriting } from '../../types.js';
import type { Scan } from './scan.js';
import { unitAt } from './units.js';

export const MAX_DIGITS = 15;
// The one space between digit groups in `19 700` (also no-break and thin spaces).
const SPACE_GROUP = /^[ \u00a0\u202f\u2009]$/u;

/** The digit groups of a written number and the separators between them (`1.850.000`: 1 850 000, `.` `.`). */
export interface DigitGroups {
  /** First and last token of the digits and separators. */
  first: number;
  last: number;
  groups: string[];
  separators: string[];
}

export interface DigitValue {
  value: number;
  /** Integer mantissa and number of decimals, so that `3,2 tỷ` scales exactly. */
  mantissa: number;
  decimals: number;
  integer: boolean;
  /** Written with separators (`19.700`), so it is not a bare year or code. */
  grouped: boolean;
}

/** Digits and `.`/`,` separators from digit token k up to token `chunkLast`. */
export function readDigitGroups(scan: Scan, k: number, chunkLast: number): DigitGroups {
  const read: DigitGroups = { first: k, last: k, groups: [scan.textOf(k)], separators: [] };
  let j = k;
  while (j + 2 <= chunkLast && scan.isNum(j + 2) && (scan.isPunct(j + 1, '.') || scan.isPunct(j + 1, ','))) {
    read.separators.push(scan.textOf(j + 1));
    read.groups.push(scan.textOf(j + 2));
    j += 2;
  }
  read.last = j;
  return read;
}

/** A leading zero on a multi-digit group (`0912`, `05`): a phone number, code or date part. */
export function hasLeadingZero(digits: string): boolean {
  return digits.length > 1 && digits.startsWith('0');
}

function allThousands(groups: string[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (groups[i]!.length !== 3) return false;
  return true;
}

function makeValue(intDigits: string, fracDigits: string, grouped: boolean): DigitValue | null {
  if (intDigits.length + fracDigits.length > MAX_DIGITS + 2) return null;
  const mantissa = Number(intDigits + fracDigits);
  const decimals = fracDigits.length;
  const value = decimals === 0 ? mantissa : Number(`${intDigits}.${fracDigits}`);
  return { value, mantissa, decimals, integer: decimals === 0, grouped };
}

/**
 * Reads the groups as a number under the separator rule at the top of this file.
 * `decimalHint` says a scale word, `%` or unit follows (`1,250 tỷ`, `5.5%`).
 */
export function digitValue(read: DigitGroups, decimalHint: boolean): DigitValue | null {
  const { groups, separators } = read;
  const lead = groups[0]!;
  if (lead.length > MAX_DIGITS) return null;
  const leadOk = lead.length <= 3 && !hasLeadingZero(lead);
  const lastGroup = groups.length - 1;
  if (separators.length === 0) return makeValue(lead, '', false);
  if (separators.every((s) => s === ' ')) return leadOk && allThousands(groups, 1, lastGroup) ? makeValue(groups.join(''), '', true) : null;
  const dots = separators.filter((s) => s === '.').length;
  const commas = separators.length - dots;
  if (commas === 0) {
    if (leadOk && allThousands(groups, 1, lastGroup)) return makeValue(groups.join(''), '', true);
    // `5.5%`, `1.5 tỷ`: an English decimal only when a unit or scale says it is a quantity.
    if (separators.length === 1 && groups[1]!.length <= 2 && decimalHint) return makeValue(lead, groups[1]!, false);
    return null;
  }
  if (dots === 0) {
    if (separators.length === 1) {
      const tail = groups[1]!;
      if (tail.length === 3 && leadOk && lead !== '0' && !decimalHint) return makeValue(lead + tail, '', true);
      return makeValue(lead, tail, false);
    }
    return leadOk && allThousands(groups, 1, lastGroup) ? makeValue(groups.join(''), '', true) : null;
  }
  // Mixed: `1.234,5` (Vietnamese) or `1,234.5` (English); the last separator is the decimal one.
  const decimalMark = separators[separators.length - 1]!;
  const thousandsMarks = separators.slice(0, -1);
  if (!thousandsMarks.every((s) => s !== decimalMark) || !leadOk || !allThousands(groups, 1, groups.length - 2)) return null;
  return makeValue(groups.slice(0, -1).join(''), groups[lastGroup]!, true);
}

/**
 * `19 700`, `19 700,5`: 3-digit groups after single spaces join the 1–3 digit number in `read`
 * (changed in place). Returns the last token of the chunk the joined number now ends in.
 */
export function joinSpacedGroups(scan: Scan, read: DigitGroups, chunkLast: number): number {
  let end = chunkLast;
  let j = chunkLast + 1;
  while (j < scan.count && scan.isNum(j) && scan.textOf(j).length === 3 && SPACE_GROUP.test(scan.gapBefore(j))) {
    const groupEnd = scan.chunkEnd(j);
    const next = readDigitGroups(scan, j, groupEnd);
    if (next.separators.length > 0 && !(next.separators.length === 1 && next.separators[0] === ',' && next.groups[1]!.length !== 3)) break;
    read.groups.push(scan.textOf(j));
    read.separators.push(' ');
    read.last = j;
    end = groupEnd;
    if (next.separators.length > 0) {
      // `19 700,5`
      read.separators.push(',');
      read.groups.push(next.groups[1]!);
      read.last = next.last;
    }
    j = groupEnd + 1;
    if (groupEnd !== read.last) break;
  }
  return end;
}

/** A number chunk holding only digits (`200` in `1 triệu 200 nghìn`) at token k, or null. */
export function plainDigitsAt(scan: Scan, k: number, allowGluedUnit = false): { value: DigitValue; last: number; read: DigitGroups } | null {
  if (k >= scan.count || !scan.isNum(k) || !scan.isChunkStart(k)) return null;
  const chunkLast = scan.chunkEnd(k);
  const read = readDigitGroups(scan, k, chunkLast);
  // `100%` in `98 - 100%`: the unit glued to a range's second number is read by the caller.
  if (read.last !== chunkLast && !(allowGluedUnit && unitAt(scan, read.last + 1, chunkLast, true)?.last === chunkLast)) return null;
  const value = digitValue(read, true);
  if (!value || hasLeadingZero(read.groups[0]!)) return null;
  return { value, last: read.last, read };
}

/** How the digits in `read` were written (their separators), given the value they were read as. */
export function writingOf(scan: Scan, read: DigitGroups, value: DigitValue): NumberWriting {
  const { separators } = read;
  const thousands = value.grouped ? (separators[0] as '.' | ',' | ' ') : null;
  const decimal = value.decimals > 0 ? (separators[separators.length - 1] as ',' | '.') : null;
  return { start: scan.tokens.start[read.first]!, end: scan.tokens.end[read.last]!, thousands, decimal };
}
