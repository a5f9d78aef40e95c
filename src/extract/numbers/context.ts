// Context rules: what the words around a read number make of it. They run in the order of
// CONTEXT_RULES on one candidate; a rule either settles the candidate (and says which token the
// scan goes on after) or passes it on with its unit, kind or qualifier filled in.
//
// - A bare integer after an identifier label (`Điều 5`, `bệnh nhân 416`, `số 45`), after a name
//   (`VJ 826`, `Quân khu 9`) or before one (`45 Lê Lợi`) is a name, unless a listed measure, price,
//   share or age follows (`căn hộ 45 m2`); after a date word (`ngày 25`, `năm 2019`) or before a
//   duration noun (`5 năm qua`, `3 tháng`) it belongs to the date extractor; a bare 4-digit 1000–2100
//   is a year.
// - A lone number word counts only before a listed unit (`hai người`); `một`, `năm`, `tư` never alone
//   (the scan's word rule).
import type { NumberKind } from '../../types.js';
import { UPPER, MARK } from '../../lexicon/letters.js';
import { listedNumbersEnd, moneyWordBefore, qualifierBefore } from './labels.js';
import type { Phrase } from './number-words.js';
import { readOrdinalList } from './ordinals.js';
import { inYearBounds, readSpacedRange } from './ranges.js';
import type { Scan } from './scan.js';
import { isMisspeltWord } from './typos.js';
import { listedUnitAfter, quantityUnitAfter, sharedUnit, unitAfter } from './units.js';

// Example: `VN`, `BN` (a code word before a number)
const CAPS_CODE = new RegExp(`^[${UPPER}${MARK}]{2,5}$`, 'u');
// Example: `Q`, `P` (a one-letter abbreviation, `Q. 7`)
const ONE_CAPITAL = new RegExp(`^[${UPPER}]$`, 'u');
// Example: `SU`, `QUÂN` (a word in capitals)
const CAPS_WORD = new RegExp(`^[${UPPER}${MARK}]{2,}$`, 'u');

/** A read number on its way to becoming a mention. */
export interface Candidate {
  phrase: Phrase;
  /** The unit of a currency sign written before it (`$100` → USD). */
  currency: string | null;
  /** The first digit token (`100` in `$100`). */
  numberToken: number;
  /** Last token of the mention: the phrase's, or its glued unit's. */
  last: number;
  unit: string | null;
  kind: NumberKind;
  /** Whether the unit comes from the lists (not a guessed counted noun). */
  listed: boolean;
}

/** A rule's verdict: the last token consumed when it settles the candidate, null to pass it on. */
type ContextRule = (scan: Scan, candidate: Candidate) => number | null;

/** Identifiers and codes named by the word before (`Điều 5`, `bệnh nhân 416`, `số 45 Lê Lợi`). */
function identifierLabel(scan: Scan, c: Candidate): number | null {
  const { phrase } = c;
  const data = scan.data;
  if (c.currency || !phrase.integer || phrase.grouped || phrase.scaled) return null;
  const label = scan.wordsBefore(phrase.first, data.identifierLabels, 3);
  if (!label) return null;
  // `tổng số 120`, `con số 120`: here `số` means an amount, not a number plate.
  if (data.countLabels.has(label.text) && scan.wordsBefore(label.edge, data.amountBeforeLabel, 1)) return null;
  // A listed unit after the number still makes it a quantity (`căn hộ 45 m2`, `trong số 5 người`).
  if (quantityUnitAfter(scan, phrase, data.countLabels.has(label.text))) return null;
  return listedNumbersEnd(scan, c.last);
}

/**
 * Dates and times named by the word before (`ngày 25`, `tháng 10`, `năm 2019`, `lúc 7`). A price,
 * measure, share or age after it still makes it a quantity (`lúc 3 tuổi`, `mỗi tháng 3 triệu đồng`).
 */
function dateWord(scan: Scan, c: Candidate): number | null {
  if (c.currency || !scan.wordsBefore(c.phrase.first, scan.data.datePrefixes, 2) || quantityUnitAfter(scan, c.phrase, false)) return null;
  return listedNumbersEnd(scan, c.last, true);
}

function spacedRange(scan: Scan, c: Candidate): number | null {
  return readSpacedRange(scan, c.phrase, c.currency, (last) => listedNumbersEnd(scan, last, true));
}

/** The glued unit, or the unit or counted noun after the number; a time unit hands it to the dates. */
function unitOrNoun(scan: Scan, c: Candidate): number | null {
  const { phrase } = c;
  if (phrase.glued) {
    c.unit = phrase.glued.unit;
    c.kind = phrase.glued.kind === 'time' ? 'plain' : phrase.glued.kind;
    return null;
  }
  const after = unitAfter(scan, phrase.last, phrase.scaled && !phrase.wordsOnly);
  if (!after) return null;
  const next = after.last + 1;
  if (after.kind === 'time') {
    // `5 năm qua`, `3 tháng`, `18 giờ 30`, `1 tháng 5`: a duration, time or date, owned by the
    // date extractor; but in `19.700 năm 2023` the year names when, not how long.
    const yearAfter = after.unit.toLowerCase() === 'năm' && next < scan.count && scan.isNum(next) && scan.isInline(next) && scan.textOf(next).length === 4;
    return yearAfter ? null : after.last;
  }
  c.unit = after.unit;
  c.kind = after.kind;
  c.listed = after.listed;
  // `12 g khuya`, `13 g 30`: the old way of writing hours, not grams.
  if (c.unit === 'g' && phrase.integer && phrase.value <= 24 && next < scan.count && scan.isInline(next) &&
      (scan.isNum(next) || scan.data.timeOfDay.has(scan.lower(next)))) {
    return scan.isNum(next) ? scan.chunkEnd(next) : after.last;
  }
  return null;
}

/** `Cuộc họp ba đầu lúc 8 giờ`: a lone number word that is a word with a letter lost (typos.ts) is no number. */
function misspeltWord(scan: Scan, c: Candidate): number | null {
  const { phrase } = c;
  if (!phrase.wordsOnly || phrase.elements !== 1 || c.kind !== 'count') return null;
  return isMisspeltWord(scan, phrase.first) ? c.last : null;
}

/** `$100`, `€5`: the sign before the digits is the unit. */
function currencySign(_scan: Scan, c: Candidate): number | null {
  if (c.currency) {
    c.unit = c.currency;
    c.kind = 'money';
    c.listed = true;
  }
  return null;
}

/** `88 và 84 tuổi`, `3 hoặc 4 người`: the unit of the next number is shared. */
function sharedListUnit(scan: Scan, c: Candidate): number | null {
  if (c.unit !== null || c.phrase.glued) return null;
  const shared = sharedUnit(scan, c.phrase.last);
  if (!shared) return null;
  if (shared.kind === 'time') return c.last;
  c.unit = shared.unit;
  c.kind = shared.kind;
  return null;
}

/** `nàng dâu tuổi 30`, `ở tuổi 47`: an age written after the word. */
function ageWord(scan: Scan, c: Candidate): number | null {
  const { phrase } = c;
  if ((c.unit === null || !c.listed) && phrase.integer && !phrase.scaled && scan.wordsBefore(phrase.first, scan.data.ageBefore, 1)) {
    c.unit = 'tuổi';
    c.kind = 'age';
    c.listed = true;
  }
  return null;
}

/**
 * `VN 123 hạ cánh`, `BN 416 đã`: after an all-caps code word, a bare number is part of the code
 * unless a listed unit follows it.
 */
function capsCode(scan: Scan, c: Candidate): number | null {
  const { phrase } = c;
  const before = phrase.first - 1;
  const codeBefore = phrase.integer && !phrase.grouped && !phrase.scaled && !c.currency && scan.isWord(before) && scan.isInline(phrase.first) &&
    !scan.allCaps && CAPS_CODE.test(scan.textOf(before)) && !scan.data.units.has(scan.textOf(before));
  return codeBefore && (c.unit === null || !listedUnitAfter(scan, phrase.last)) ? c.last : null;
}

/** A bare integer: no separators, scale or listed unit (a guessed counted noun may still be wrong). */
function isBareInteger(c: Candidate): boolean {
  const { phrase } = c;
  return phrase.integer && !phrase.grouped && !phrase.scaled && !phrase.wordsOnly && (c.unit === null || !c.listed);
}

/** A bare integer that is a year (`2019`), part of a name (`VJ 826`) or an address (`45 Lê Lợi`). */
function bareYearOrName(scan: Scan, c: Candidate): number | null {
  if (!isBareInteger(c)) return null;
  const { phrase } = c;
  // `2019`, `2020`: a bare year-like number is the date extractor's.
  if (scan.textOf(c.numberToken).length === 4 && inYearBounds(phrase.value)) return c.last;
  const before = phrase.first - 1;
  // `Q. 7`, `P. 15`: a capital letter with its full stop abbreviates a district or ward.
  if (scan.isPunct(before, '.') && scan.isGlued(before) && scan.isInline(phrase.first) && scan.isWord(before - 1) &&
      ONE_CAPITAL.test(scan.textOf(before - 1))) return c.last;
  // `VJ 826`, `Quân khu 9`, `Bệnh viện 175`: a name before a bare number makes it a code.
  if (scan.isWord(before) && scan.isInline(phrase.first) && scan.hasUpperInitial(before)) {
    // Mid-sentence a capital marks a name (`Hoàng Đạt 35`, even when the word is also a verb);
    // at the start of a sentence only an all-caps word does (`Hơn 100`, `Khoảng 30` stay quantities).
    if (!scan.startsSentence(before)) return c.last;
    if (CAPS_WORD.test(scan.textOf(before))) return c.last;
  }
  // `45 Lê Lợi`: a bare number before a name is an address.
  const next = phrase.last + 1;
  const nameAfter = scan.isWord(next) && scan.isInline(next) && scan.hasUpperInitial(next) &&
    scan.isWord(next + 1) && scan.isInline(next + 1) && scan.hasUpperInitial(next + 1);
  return c.unit === null && nameAfter ? c.last : null;
}

/** `lần 2`, `đợt 3`: a bare number after these nouns is an ordinal, and so are those listed after it. */
function ordinalLabel(scan: Scan, c: Candidate): number | null {
  if (!isBareInteger(c)) return null;
  const label = scan.wordsBefore(c.phrase.first, scan.data.ordinalLabels, 1);
  if (!label) return null;
  scan.emit(c.phrase.first, c.last, c.phrase.value, undefined, label.text, null, 'ordinal');
  return readOrdinalList(scan, c.last, label.text);
}

/** The quantity itself, with its qualifier; `phạt 7,5 triệu`, `giá 25.000` are in đồng. */
function emitQuantity(scan: Scan, c: Candidate): number {
  const { phrase } = c;
  if (c.kind === 'count' && !c.unit) c.kind = 'plain';
  let qualifier = qualifierBefore(scan, phrase.first);
  if (c.unit !== null && scan.data.ratioUnits.has(c.unit.toLowerCase()) && isComparison(scan, phrase.first, qualifier)) {
    // `cao hơn 2,5 lần`, `gấp 3 lần`: a ratio; `hơn` compares the two things, it does not qualify the number.
    c.kind = 'ratio';
    qualifier = null;
  }
  // Newsrooms drop `đồng` after a price word (`kinh phí khoảng 40 tỷ`).
  if (c.unit === null && (phrase.scaled || (phrase.grouped && phrase.value >= 1000)) && moneyWordBefore(scan, phrase.first, qualifier)) {
    c.unit = 'đồng';
    c.kind = 'money';
  }
  scan.emit(phrase.first, c.last, phrase.value, undefined, c.unit, qualifier, c.kind, phrase.writing);
  return c.last;
}

/** A comparison before the number: `gấp`, or an adjective before `hơn` (`cao hơn`, `nhiều hơn`). */
function isComparison(scan: Scan, first: number, qualifier: string | null): boolean {
  const data = scan.data;
  if (scan.wordsBefore(first, data.ratioWords, 1)) return true;
  if (qualifier === null || !data.comparativeQualifiers.has(qualifier)) return false;
  const words = scan.wordsBefore(first, data.qualifiers, 3);
  const adjective = words ? scan.wordAt(words.edge - 1) : undefined;
  return adjective !== undefined && adjective.pos === 'A' && scan.isInline(words!.edge);
}

/** The context rules in the order they run; the last always settles the candidate. */
export const CONTEXT_RULES: readonly ContextRule[] = [
  identifierLabel,
  dateWord,
  spacedRange,
  unitOrNoun,
  misspeltWord,
  currencySign,
  sharedListUnit,
  ageWord,
  capsCode,
  bareYearOrName,
  ordinalLabel,
  emitQuantity,
];

/** Applies the context rules to a read phrase and emits what it is; returns the last token consumed. */
export function settle(scan: Scan, phrase: Phrase, currency: string | null, numberToken: number): number {
  const candidate: Candidate = {
    phrase,
    currency,
    numberToken,
    last: phrase.glued ? phrase.gluedLast : phrase.last,
    unit: null,
    kind: 'plain',
    listed: true,
  };
  for (const rule of CONTEXT_RULES) {
    const settled = rule(scan, candidate);
    if (settled !== null) return settled;
  }
  return candidate.last;
}
