// A chunk with digits in it (`19.700`, `$100`, `5km`, `10-15%`, `0912 345 678`, `COVID-19`): what is
// glued before and after the digits decides between an amount, a range, a phone number, a code,
// a date and a time. Digits touching `/` or `:` (`25/2`, `07:09`, `100/2019/NĐ-CP`), a letter
// (`COVID-19`, `SU290`, `18h30`, `1A`) or a leading zero (`0912 345 678`) are no quantity.
import { settle } from './context.js';
import { MAX_DIGITS, digitValue, writingOf, joinSpacedGroups, readDigitGroups, type DigitGroups, type DigitValue } from './digits.js';
import { phoneLabelBefore, phoneNumberEnd } from './labels.js';
import { digitsPhrase, readPhrase } from './number-words.js';
import { gluedRangeEnd, readGluedRange, type GluedRangeEnd } from './ranges.js';
import type { Scan } from './scan.js';
import { unitAt, type UnitMatch } from './units.js';

/** What stands glued before the digits: a currency sign, a minus, or (anything else) a code. */
type Prefix = { currency: string | null; negative: boolean } | 'code';

function readPrefix(scan: Scan, chunkStart: number, digitsStart: number): Prefix {
  if (digitsStart === chunkStart) return { currency: null, negative: false };
  const prefix = scan.text.slice(scan.tokens.start[chunkStart]!, scan.tokens.start[digitsStart]!);
  const currency = scan.data.currencyPrefixes.get(prefix);
  if (currency) return { currency, negative: false };
  if (prefix === '-' || prefix === '−') return { currency: null, negative: true };
  return 'code';
}

/** `0912 345 678`, `0292.3820 123`, `(028) 3829 1234`, `ĐT: 1900 1234`, `1900 1234`. */
function isPhoneNumber(scan: Scan, chunkStart: number, read: DigitGroups, chunkLast: number): boolean {
  const lead = read.groups[0]!;
  if ((lead.length > 1 && lead.startsWith('0') && !(read.separators[0] === ',' && lead === '0')) || phoneLabelBefore(scan, chunkStart)) return true;
  return scan.data.phonePrefixes.has(lead) && read.last === chunkLast && chunkLast + 1 < scan.count && scan.isNum(chunkLast + 1) && scan.isInline(chunkLast + 1);
}

// Example: `F`, `LD` in `51F`, `30LD` (the series letters of a licence plate)
const PLATE_SERIES = /^[A-Z]{1,2}$/u;

/** `51F 2-345.67`, `30A 123.45`: the number after a plate's province code and series letters. */
function isPlateTail(scan: Scan, chunkStart: number): boolean {
  const series = chunkStart - 1;
  return scan.isInline(chunkStart) && scan.isWord(series) && PLATE_SERIES.test(scan.textOf(series)) && scan.isGlued(series) &&
    scan.isNum(series - 1) && scan.textOf(series - 1).length === 2;
}

/** `1. Tăng cường…`, `2) Hỗ trợ…`: a list marker at the start of a line. */
function isListMarker(scan: Scan, chunkStart: number, digitsStart: number, read: DigitGroups): boolean {
  const f = digitsStart;
  return f === chunkStart && read.separators.length === 0 && read.groups[0]!.length <= 2 && scan.isLineStart(f) && f + 1 < scan.count &&
    (scan.isPunct(f + 1, '.') || scan.isPunct(f + 1, ')')) && scan.isGlued(f + 1) && !scan.isGlued(f + 2);
}

/** What is glued after the digits: a unit (`5km`, `500.000đ/tháng`) and/or a range's second number. */
interface GluedSuffix {
  unit: UnitMatch | null;
  range: GluedRangeEnd | null;
}

/** Reads the glued suffix; null when it makes the chunk no quantity (a time `18h30`, a date `25/2`, a code). */
function readGluedSuffix(scan: Scan, read: DigitGroups, chunkLast: number): GluedSuffix | null {
  const suffix = read.last + 1;
  if (suffix > chunkLast) return { unit: null, range: null };
  const mark = scan.textOf(suffix);
  if (scan.isWord(suffix) && scan.data.timeSuffixes.has(mark.toLowerCase()) && !(mark === 'g' && suffix === chunkLast)) return null;
  if (mark === ':' || mark === '/' || mark === '_' || mark === '+') return null;
  const range = gluedRangeEnd(scan, suffix, chunkLast);
  if (range === 'reject') return null;
  if (range) return { unit: null, range };
  const unit = unitAt(scan, suffix, chunkLast, true);
  if (!unit) return null;
  if (unit.last === chunkLast) return { unit, range: null };
  const rest = unit.last + 1;
  const rangeAfterUnit = gluedRangeEnd(scan, rest, chunkLast);
  if (rangeAfterUnit === 'reject') return null;
  if (rangeAfterUnit) return { unit, range: rangeAfterUnit };
  if (scan.isPunct(rest, '/') && scan.isWord(rest + 1)) {
    // `500.000đ/tháng`
    const perUnit = `${unit.entry.unit}/${scan.textBetween(rest + 1, chunkLast)}`;
    return { unit: { entry: { ...unit.entry, unit: perUnit }, last: chunkLast }, range: null };
  }
  // `1m70` is read by the caller; anything else glued on makes a code.
  return { unit, range: null };
}

/** `1m70`: metres and centimetres written as one height. */
function isMetresAndCentimetres(scan: Scan, read: DigitGroups, unit: UnitMatch, chunkLast: number): boolean {
  return unit.last + 1 === chunkLast && unit.entry.unit.toLowerCase() === 'm' && scan.isNum(chunkLast) && scan.textOf(chunkLast).length === 2 &&
    read.separators.length === 0 && read.groups[0]!.length === 1;
}

/**
 * Whether the digits are read with a decimal mark (see digits.ts): `2.5 km`, `1.5 USD` as English
 * decimals (not `3.05 nhà`, a room code); `1,250 tỷ`, `6,125%`, `6,125 phần trăm` with a decimal
 * comma only before a scale word or a percent sign (elsewhere `19,700 người` is English thousands).
 */
function decimalHint(scan: Scan, read: DigitGroups, suffix: GluedSuffix, chunkLast: number): boolean {
  const afterChunk = chunkLast + 1;
  const inline = scan.isInline(afterChunk);
  const scaleNext = inline && scan.roleOf(afterChunk)?.role === 'scale';
  const single = read.separators.length === 1;
  if (single && read.separators[0] === ',') {
    const percentNext = !suffix.unit && inline && unitAt(scan, afterChunk, scan.count - 1, false)?.entry.kind === 'percent';
    return scaleNext || suffix.unit?.entry.kind === 'percent' || percentNext;
  }
  const dottedPair = single && read.separators[0] === '.';
  const nextUnit = dottedPair && inline ? unitAt(scan, afterChunk, scan.count - 1, false) : null;
  const unitNext = nextUnit !== null && nextUnit.entry.kind !== 'count' && nextUnit.entry.kind !== 'time';
  return suffix.unit !== null || suffix.range?.unit != null || scaleNext || unitNext;
}

/** Reads the chunk from `chunkStart` to `chunkLast` whose digits start at `digitsStart`; returns the last token consumed. */
export function readDigitChunk(scan: Scan, chunkStart: number, digitsStart: number, chunkLast: number): number {
  const prefix = readPrefix(scan, chunkStart, digitsStart);
  if (prefix === 'code') return scan.textBetween(chunkStart, digitsStart - 1) === '+' ? phoneNumberEnd(scan, chunkLast) : chunkLast;
  if (isPlateTail(scan, chunkStart)) return chunkLast;
  const read = readDigitGroups(scan, digitsStart, chunkLast);
  const lead = read.groups[0]!;
  if (isPhoneNumber(scan, chunkStart, read, chunkLast)) return phoneNumberEnd(scan, chunkLast);
  if (lead.length > MAX_DIGITS) return chunkLast;
  if (isListMarker(scan, chunkStart, digitsStart, read)) return digitsStart + 1;
  let end = chunkLast;
  if (read.last === chunkLast && read.separators.length === 0 && lead.length <= 3 && !lead.startsWith('0')) end = joinSpacedGroups(scan, read, chunkLast);
  const suffix = readGluedSuffix(scan, read, end);
  if (!suffix) return end;
  const { unit } = suffix;
  if (unit && !suffix.range && unit.last !== end) {
    if (!isMetresAndCentimetres(scan, read, unit, end)) return end;
    const centimetres = scan.textOf(end);
    const height: DigitValue = { value: Number(`${lead}.${centimetres}`), mantissa: Number(lead + centimetres), decimals: 2, integer: false, grouped: false };
    const phrase = digitsPhrase(digitsStart, end, height);
    phrase.glued = unit.entry;
    phrase.gluedLast = end;
    return settle(scan, phrase, null, digitsStart);
  }
  if (unit?.entry.kind === 'time') return end;
  const value = digitValue(read, decimalHint(scan, read, suffix, end));
  if (!value) return end;
  const first = prefix.currency || prefix.negative ? chunkStart : digitsStart;
  if (prefix.negative) {
    value.value = -value.value;
    value.mantissa = -value.mantissa;
  }
  const writing = writingOf(scan, read, value);
  if (suffix.range) {
    return readGluedRange(scan, { first, firstDigits: read, firstValue: value, firstUnit: unit, chunkLast: end, currency: prefix.currency, writing }, suffix.range);
  }
  if (unit) {
    const phrase = digitsPhrase(first, read.last, value, writing);
    phrase.glued = unit.entry;
    phrase.gluedLast = unit.last;
    return settle(scan, phrase, prefix.currency, digitsStart);
  }
  const phrase = readPhrase(scan, digitsStart, { value, last: end }, false, writing);
  if (!phrase) return end;
  phrase.first = first;
  return settle(scan, phrase, prefix.currency, digitsStart);
}
