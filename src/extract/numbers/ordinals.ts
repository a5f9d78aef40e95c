// Ordinals: `thứ N` (`xếp thứ 3`, `lần thứ hai`, `thứ XIII`) unless it reads as a weekday, and the
// numbers listed after an ordinal noun (`cấp 1, 2, 3`).
import { readPhrase } from './number-words.js';
import { plainDigitsAt } from './digits.js';
import type { Scan } from './scan.js';
import { listedUnitAfter } from './units.js';

// `XIII` in `Đại hội lần thứ XIII`: uppercase Roman numerals up to 3999 in canonical form.
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function romanValue(numeral: string): number | null {
  if (numeral.length === 0 || numeral.length > 15 || !ROMAN.test(numeral)) return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_DIGITS[numeral[i]!]!;
    const next = i + 1 < numeral.length ? ROMAN_DIGITS[numeral[i + 1]!]! : 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The number after `thứ` at token k (`3`, `hai mươi`, `nhất`, `XIII`) and its last token. */
function ordinalNumberAt(scan: Scan, k: number): { value: number; last: number } | null {
  if (scan.isNum(k)) {
    const digits = plainDigitsAt(scan, k);
    if (!digits || !digits.value.integer || digits.value.grouped || scan.textOf(k).length > 3) return null;
    return { value: digits.value.value, last: digits.last };
  }
  if (!scan.isWord(k)) return null;
  const word = scan.lower(k);
  const ordinalWord = scan.data.ordinalWords.get(word);
  if (ordinalWord !== undefined) return { value: ordinalWord, last: k };
  const roman = romanValue(scan.textOf(k));
  if (roman !== null) return { value: roman, last: k };
  const role = scan.roleOf(k);
  if (!role || (role.role !== 'digit' && role.role !== 'ten') || scan.data.notOrdinal.has(word)) return null;
  const phrase = readPhrase(scan, k, null, false);
  return phrase && phrase.elements > 1 ? { value: phrase.value, last: phrase.last } : { value: role.value, last: k };
}

/** `thứ N` at marker token m; returns the last token consumed (m when it is no ordinal). */
export function readOrdinal(scan: Scan, marker: number): number {
  const numberToken = marker + 1;
  const read = ordinalNumberAt(scan, numberToken);
  if (read === null || read.value < 1) return marker;
  if (isWeekday(scan, marker, numberToken, read.last, read.value)) return read.last;
  const noun = scan.wordsBefore(marker, scan.data.ordinalUnits, 2);
  scan.emit(marker, read.last, read.value, undefined, noun ? noun.text : null, null, 'ordinal');
  return read.last;
}

/**
 * Whether `thứ N` is a weekday: a capitalised number word (`thứ Hai`), a day-time or `vào` before
 * it, or a date, `tuần`, `này`, `tới` after it (`thứ 3 (4/12)`, `sáng thứ 5`).
 */
function isWeekday(scan: Scan, marker: number, numberToken: number, last: number, value: number): boolean {
  if (value < 2 || value > 7) return false;
  if (scan.isWord(numberToken) && scan.hasUpperInitial(numberToken) && romanValue(scan.textOf(numberToken)) === null) return true;
  if (scan.wordsBefore(marker, scan.data.weekdayBefore, 2)) return true;
  let j = last + 1;
  if (scan.isPunct(j, ',') && scan.isGlued(j)) j++;
  if (j >= scan.count) return false;
  if (scan.isPunct(j, '(') && scan.isNum(j + 1)) return true;
  if (scan.isNum(j)) {
    const chunkLast = scan.chunkEnd(j);
    for (let x = j; x <= chunkLast; x++) if (scan.isPunct(x, '/') || scan.isPunct(x, '-') || scan.isPunct(x, '.')) return true;
  }
  return scan.isWord(j) && scan.isInline(j) && scan.wordsAfter(j, scan.data.weekdayAfter, 3) !== null;
}

/** `cấp 1 , 2 , 3`, `vòng 2 và 3`: bare numbers listed after an ordinal take its noun. */
export function readOrdinalList(scan: Scan, last: number, noun: string): number {
  let end = last;
  for (let n = 0; n < 20; n++) {
    const joiner = end + 1;
    if (joiner + 1 >= scan.count) break;
    const joinerText = scan.joinerText(joiner);
    if (!scan.data.listJoin.has(joinerText) || !(scan.isInline(joiner) || (joinerText === ',' && scan.isGlued(joiner)))) break;
    const k = joiner + 1;
    if (!scan.isNum(k) || !scan.isInline(k) || scan.chunkEnd(k) !== k || scan.textOf(k).length > 3) break;
    if (listedUnitAfter(scan, k)) break;
    scan.emit(k, k, Number(scan.textOf(k)), undefined, noun, null, 'ordinal');
    end = k;
  }
  return end;
}
