// Ranges: `10-15`, `3-4 tỷ`, `5-10%` written as one chunk, and `10 - 15 người`,
// `từ 10 đến 15 người`, `3 đến 5 tỷ đồng` written with spaces. A range is one mention with
// `value` and `valueTo`; without a unit, day-month (`24-7`, `23 - 10`) and year pairs
// (`2020-2025`) are left to the date extractor.
import type { NumberKind, NumberWriting } from '../../types.js';
import { digitValue, hasLeadingZero, plainDigitsAt, readDigitGroups, writingOf, type DigitGroups, type DigitValue } from './digits.js';
import { qualifierBefore } from './labels.js';
import { digitsPhrase, readPhrase, type Phrase } from './number-words.js';
import type { Scan } from './scan.js';
import { listedUnitAfter, unitAfter, unitAt, type UnitAfter, type UnitMatch } from './units.js';
import type { UnitEntry } from './data.js';

/** The years a bare 4-digit number may name (`2019`), and so a year pair (`2020-2025`). */
export function inYearBounds(value: number): boolean {
  return value >= 1000 && value <= 2100;
}

/** A number written like a year: an integer without separators within the year bounds. */
export function looksLikeYear(n: { integer: boolean; grouped: boolean; value: number }): boolean {
  return n.integer && !n.grouped && inYearBounds(n.value);
}

/** A range's second number glued after a dash (`15` in `10-15`), with a unit glued to it (`10-15%`). */
export interface GluedRangeEnd {
  second: DigitGroups;
  unit: UnitMatch | null;
}

/**
 * `-15`, `–15%` at token `dash` inside the chunk ending at `chunkLast`; null when no digits follow
 * the dash, 'reject' when something other than a unit is glued after them (`1-229.67A`).
 */
export function gluedRangeEnd(scan: Scan, dash: number, chunkLast: number): GluedRangeEnd | 'reject' | null {
  if (!(scan.isPunct(dash, '-') || scan.isPunct(dash, '–')) || !scan.isNum(dash + 1) || dash + 1 > chunkLast) return null;
  const second = readDigitGroups(scan, dash + 1, chunkLast);
  const afterDigits = second.last + 1;
  if (afterDigits > chunkLast) return { second, unit: null };
  const unit = unitAt(scan, afterDigits, chunkLast, true);
  if (!unit || unit.last !== chunkLast) return 'reject';
  return { second, unit };
}

/** What a glued range was read from: the first number's start and digits, its glued unit, the chunk's end. */
export interface GluedRangeStart {
  first: number;
  firstDigits: DigitGroups;
  firstValue: DigitValue;
  firstUnit: UnitMatch | null;
  chunkLast: number;
  currency: string | null;
  writing: NumberWriting;
}

/** `10-15`, `3-4 tỷ`, `5-10%`, `5km-10km`; returns the last token consumed. */
export function readGluedRange(scan: Scan, start: GluedRangeStart, end: GluedRangeEnd): number {
  const { firstValue, firstUnit, chunkLast } = start;
  if (hasLeadingZero(end.second.groups[0]!)) return chunkLast;
  const secondValue = digitValue(end.second, true);
  if (!secondValue) return chunkLast;
  const secondWriting = writingOf(scan, end.second, secondValue);
  const read = !end.unit && !firstUnit ? readPhrase(scan, end.second.first, { value: secondValue, last: chunkLast }, false, secondWriting) : null;
  const second = read ?? digitsPhrase(end.second.first, chunkLast, secondValue, secondWriting);
  const first = digitsPhrase(start.first, start.firstDigits.last, firstValue, start.writing);
  if (firstUnit) {
    // `5km-10km`: the first end keeps its own unit in its span.
    first.glued = firstUnit.entry;
    first.gluedLast = firstUnit.last;
  }
  const unitEntry = end.unit?.entry ?? firstUnit?.entry ?? null;
  const after = unitEntry ? null : unitAfter(scan, second.last, second.scaled);
  // `24-7` without a unit reads as a date, `2020-2025` as years: the date extractor owns them.
  const dayMonth = firstValue.integer && secondValue.integer && !firstValue.grouped && !secondValue.grouped &&
    firstValue.value >= 1 && firstValue.value <= 31 && secondValue.value >= 1 && secondValue.value <= 12;
  const years = looksLikeYear(firstValue) && secondValue.integer && inYearBounds(secondValue.value);
  const hasUnit = unitEntry !== null || (after !== null && after.kind !== 'time') || second.scaled;
  if ((dayMonth || years) && !hasUnit) return chunkLast;
  if (after?.kind === 'time') return after.last;
  if (second.scaled && !first.scaled && first.value < second.lead) takeScale(first, second);
  if (!(second.value > first.value)) return chunkLast;
  const spanLast = end.unit ? end.unit.last : firstUnit ? chunkLast : second.last;
  return completeRange(scan, first, second, unitEntry, after, spanLast, start.currency);
}

/** The second number of a spaced range at token k (`15` in `10 - 15`, `năm` in `ba đến năm`). */
function spacedRangeEnd(scan: Scan, k: number): Phrase | null {
  if (scan.isNum(k)) {
    const digits = plainDigitsAt(scan, k, true);
    const second = digits ? readPhrase(scan, k, digits, false, writingOf(scan, digits.read, digits.value)) : null;
    return second && hasLeadingZero(scan.textOf(k)) ? null : second;
  }
  const role = scan.roleOf(k);
  if (!role || (role.role !== 'digit' && role.role !== 'ten') || scan.hasUpperInitial(k)) return null;
  const second = readPhrase(scan, k, null, false);
  if (second && second.elements === 1 && role.role === 'digit' && scan.data.neverAlone.has(scan.lower(k))) return null;
  return second;
}

/**
 * `10 - 15 người`, `từ 10 đến 15 người`, `3 đến 5 tỷ đồng` after the phrase `first`. Returns the
 * last token consumed, or null when no range follows and the phrase stands alone.
 * `swallowDate` takes a day-month pair's tokens (`23 - 10`) as the date extractor's.
 */
export function readSpacedRange(scan: Scan, first: Phrase, currency: string | null, swallowDate: (last: number) => number): number | null {
  const joiner = first.last + 1;
  if (first.glued || joiner >= scan.count || !scan.isInline(joiner)) return null;
  const k = joiner + 1;
  if (!scan.data.rangeJoin.has(scan.joinerText(joiner)) || k >= scan.count || !scan.isInline(k)) return null;
  const second = spacedRangeEnd(scan, k);
  if (!second) return null;
  if (second.scaled && !first.scaled && first.value < second.lead) takeScale(first, second);
  const years = looksLikeYear(first) && looksLikeYear(second);
  let unit: UnitMatch | null = null;
  if (scan.isGlued(second.last + 1)) unit = unitAt(scan, second.last + 1, scan.count - 1, true);
  const spanLast = unit ? unit.last : second.last;
  // `23 - 10`, `11 - 2000` spaced as in tokenised text: a day-month or month-year, unless a listed unit follows.
  const dayMonth = first.integer && second.integer && !first.grouped && !first.scaled && !second.scaled && first.value >= 1 && first.value <= 31 &&
    ((second.value >= 1 && second.value <= 12) || (first.value <= 12 && second.value >= 1900 && second.value <= 2100));
  if (dayMonth && !unit && !listedUnitAfter(scan, second.last)) return swallowDate(second.last);
  if (second.value > first.value && !years) {
    const after = unit ? null : unitAfter(scan, second.last, second.scaled);
    return completeRange(scan, first, second, unit?.entry ?? null, after, spanLast, currency);
  }
  return years ? second.last : null;
}

/** `3-4 tỷ`: the first number of a range takes the second's scale. */
function takeScale(first: Phrase, second: Phrase): void {
  const factor = Math.round(second.value / second.lead);
  if (!(factor > 1)) return;
  first.value = first.decimals > 0 ? (first.mantissa * factor) / 10 ** first.decimals : first.value * factor;
  first.scaled = true;
}

/** Emits the range with its unit (glued, or read after it) unless a time unit follows; returns the last token consumed. */
function completeRange(scan: Scan, first: Phrase, second: Phrase, glued: UnitEntry | null, after: UnitAfter | null, spanLast: number, currency: string | null): number {
  if (after?.kind === 'time') return after.last;
  emitRange(scan, first, second, glued, after, spanLast, currency);
  return Math.max(spanLast, after?.last ?? 0);
}

function emitRange(scan: Scan, first: Phrase, second: Phrase, glued: UnitEntry | null, after: UnitAfter | null, spanLast: number, currency: string | null): void {
  const data = scan.data;
  if (scan.wordsBefore(first.first, data.identifierLabels, 3) || scan.wordsBefore(first.first, data.datePrefixes, 2)) return;
  let unit: string | null = null;
  let kind: NumberKind = 'plain';
  if (glued) {
    unit = glued.unit;
    kind = glued.kind === 'time' ? 'plain' : glued.kind;
  } else if (after && after.kind !== 'time') {
    unit = after.unit;
    kind = after.kind;
  }
  // `ở độ tuổi 28 - 30`
  if (unit === null && scan.wordsBefore(first.first, data.ageBefore, 1)) {
    unit = 'tuổi';
    kind = 'age';
  }
  if (currency) {
    unit = currency;
    kind = 'money';
  }
  // Each end is a number of its own (`150` and `200` in `150-200 tấn`); `range` links them.
  const whole = scan.spanOf(first.first, spanLast);
  const qualifier = qualifierBefore(scan, first.first);
  const firstLast = first.glued ? first.gluedLast : first.last;
  scan.emit(first.first, firstLast, first.value, second.value, unit, qualifier, kind, first.writing, { ...whole, part: 'from' });
  scan.emit(second.first, Math.max(second.last, spanLast), second.value, undefined, unit, qualifier, kind, second.writing, { ...whole, part: 'to' });
}
