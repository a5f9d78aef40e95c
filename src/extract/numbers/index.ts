// Finds quantities in Vietnamese news text: digits and number words with their scale, unit, qualifier and kind.
//
// Span rule: a mention covers the number itself with its scale words (`3,2 tỷ`), a range's second
// number (`10-15`, `10 đến 15`), the ordinal marker (`thứ 3`), a currency sign written before it
// (`$100`) and a unit symbol glued to it without a space (`0,5%`, `5km`, `20°C`, `500.000đ`). A unit
// or counted noun after a space (`19.700 cuộc`, `3,2 tỷ đồng`, `50 %`) and the qualifier (`hơn`) are
// reported in `unit`/`qualifier` but stay outside the span.
//
// The parts, in the order a chunk of text goes through them:
// - tokens.ts      cuts the text into digit runs, letter runs and marks;
// - digit-chunks.ts reads a chunk with digits (`19.700`, `$100`, `5km`, `10-15%`), with digits.ts
//                  for the separator rule and the value;
// - number-words.ts reads number words and scale words (`hai mươi lăm`, `3,2 tỷ`);
// - ordinals.ts    reads `thứ N` and the numbers listed after an ordinal noun;
// - ranges.ts      reads ranges, glued (`10-15`) or spaced (`từ 10 đến 15`);
// - context.ts     decides from the words around it what a read number is (CONTEXT_RULES), with
//                  units.ts (units and counted nouns) and labels.ts (qualifiers, phone labels).
// The word lists are in src/data/number-words.json and src/data/units.tsv (data.ts loads them).
import type { NumberMention, Span, Word } from '../../types.js';
import { settle } from './context.js';
import { readDigitChunk } from './digit-chunks.js';
import { readPhrase } from './number-words.js';
import { readOrdinal } from './ordinals.js';
import { Scan, wordsByStart } from './scan.js';
import { tokenize } from './tokens.js';
import { NOUN_TAGS, unitAfter } from './units.js';

/** Tries a mention at every chunk start of the scope span. */
function scanChunks(scan: Scan): void {
  let i = 0;
  while (i < scan.count) {
    if (!scan.isChunkStart(i)) {
      i++;
      continue;
    }
    i = Math.max(readChunk(scan, i), i) + 1;
  }
}

/** Tries a mention starting at chunk start i; returns the last token consumed. */
function readChunk(scan: Scan, i: number): number {
  const chunkLast = scan.chunkEnd(i);
  for (let x = i; x <= chunkLast; x++) {
    if (scan.isNum(x)) return readDigitChunk(scan, i, x, chunkLast);
  }
  if (i === chunkLast && scan.isWord(i)) return readWordNumber(scan, i);
  return chunkLast;
}

/**
 * A number written in words at token i (`hai người`, `hàng trăm hộ`, `thứ ba`). A lone number word
 * counts only before a listed unit (`hai người`); `một`, `năm`, `tư` never alone.
 */
function readWordNumber(scan: Scan, i: number): number {
  const data = scan.data;
  const word = scan.lower(i);
  if (!data.startWords.has(word)) return i;
  // `thứ 3`, `lần thứ hai`, `thứ nhất`
  if (data.ordinalMarkers.has(word) && i + 1 < scan.count && scan.isInline(i + 1)) return readOrdinal(scan, i);
  const role = scan.roleOf(i);
  if (!role) return i;
  const numeral = scan.words.size > 0 && isNumeralBeforeNoun(scan, i);
  const scaleStart = scan.wordsBefore(i, data.scaleQualifiers, 1) !== null || (numeral && role.role !== 'digit' && role.role !== 'ten');
  if (role.role === 'scale' || role.role === 'hundred' || role.role === 'dozen') {
    if (!scaleStart) return i;
  } else if (role.role !== 'digit' && role.role !== 'ten') {
    return i;
  }
  if (scan.hasUpperInitial(i) && role.role === 'digit' && i > 0 && !scan.startsSentence(i)) return i;
  const phrase = readPhrase(scan, i, null, scaleStart);
  if (!phrase) return i;
  if (phrase.elements === 1 && (role.role === 'digit' || role.role === 'ten') && !(numeral && !data.numeralNeverAlone.has(word))) {
    // Without the segmentation's word, a lone number word counts only before a listed unit.
    if (data.neverAlone.has(word)) return i;
    const unit = unitAfter(scan, phrase.last);
    if (!unit || !unit.listed) return i;
  }
  return settle(scan, phrase, null, i);
}

/** The segmentation tags the word a numeral (M) and a noun follows it: `hai đứa con`, `chục mét`. */
function isNumeralBeforeNoun(scan: Scan, i: number): boolean {
  const word = scan.wordAt(i);
  if (!word || word.pos !== 'M' || word.end !== scan.tokens.end[i]) return false;
  const next = scan.wordAt(i + 1);
  return next !== undefined && scan.isInline(i + 1) && !scan.hasUpperInitial(i + 1) && NOUN_TAGS.has(next.pos) && unitAfter(scan, i) !== null;
}

// What stands between the numbers of a list: `2.150, 3.400 và 1.820 triệu yen`.
const LIST_GAP = /^\s*(?:,|;|và|hoặc)\s*$/u;

/** The value of a mention's digits alone (`1.820` in `1.820 triệu`), from how they were written. */
function digitsValue(text: string, mention: NumberMention): number | null {
  const written = mention.written;
  if (!written) return null;
  let digits = text.slice(written.start, written.end);
  if (written.thousands !== null) digits = digits.split(written.thousands).join('');
  if (written.decimal !== null) digits = digits.replace(written.decimal, '.');
  const value = Number(digits);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/**
 * A refiner: `2.150, 3.400 và 1.820 triệu yen` lists three amounts in millions of yen. Plain numbers
 * listed right before a scaled amount with a unit take its scale word and unit.
 */
function shareListMultiplier(scan: Scan): void {
  const found = scan.found;
  for (let last = found.length - 1; last > 0; last--) {
    const scaled = found[last]!;
    const base = scaled.unit === null || scaled.range ? null : digitsValue(scan.text, scaled);
    const factor = base === null ? 0 : Math.round(scaled.value / base);
    if (!(factor >= 1000) || String(factor).replace(/^10*$/u, '') !== '') continue;
    for (let i = last - 1; i >= 0; i--) {
      const listed = found[i]!;
      if (listed.unit !== null || listed.kind !== 'plain' || !listed.written || !LIST_GAP.test(scan.text.slice(listed.end, found[i + 1]!.start))) break;
      listed.value *= factor;
      listed.unit = scaled.unit;
      listed.kind = scaled.kind;
      if (scaled.unitNormalized !== undefined) listed.unitNormalized = scaled.unitNormalized;
    }
  }
}

/**
 * Every quantity inside the `scope` spans of `text`, sorted by start; `words` (the segmentation's,
 * with their POS tags) let it read the counted noun as a whole word and numbers written as words. Dates, times, codes, phone
 * numbers and identifiers are left out. Never throws; linear in the length of the scoped text.
 */
export function extractNumbers(text: string, scope: Span[], words: readonly Word[] = []): NumberMention[] {
  const out: NumberMention[] = [];
  if (typeof text !== 'string' || !Array.isArray(scope)) return out;
  // The counted noun is a word as segmentation knows it (`3 mục tiêu`, `hai đứa con`).
  const byStart = wordsByStart(Array.isArray(words) ? words : []);
  for (const span of scope) {
    let found: NumberMention[] = [];
    try {
      const from = Math.max(0, Math.min(text.length, Math.trunc(span.start) || 0));
      const to = Math.max(from, Math.min(text.length, Math.trunc(span.end) || 0));
      if (to === from) continue;
      const scan = new Scan(text, tokenize(text, from, to), byStart);
      found = scan.found;
      scanChunks(scan);
      shareListMultiplier(scan);
    } catch {
      // An extractor must never take the pipeline down: a fault in one paragraph keeps what was
      // found there before it and every other paragraph's findings.
    }
    for (const m of found) out.push(m);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberMention[] = [];
  let reach = -1;
  for (const m of out) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
