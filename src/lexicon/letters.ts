// Character classes for word boundaries in regular expressions, as class bodies to put inside
// `[...]`. They cover the scripts Vietnamese news is written in and quotes from (Latin with
// every Vietnamese letter, Greek, Cyrillic) rather than all of Unicode: a `[\p{L}\p{N}]` class
// costs 2-5 ms to compile in each regular expression that holds it (bench: 28 date patterns
// took 150 ms of a 550 ms run), and the boundary only has to tell a number or word from the
// letters and digits glued to it. Example: the `19` in `COVID-19` is glued to `-` after `D`.

import { prebuilt } from '../util/prebuilt.js';

/** Letters: ASCII, Latin-1, Latin Extended-A/B, Greek, Cyrillic, Latin Extended Additional (`ạ`…`ỹ`),
 * and combining marks, so NFD text that slipped through still reads as letters. */
export const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
/** Digits, with the superscripts and vulgar fractions of measures (`m²`, `½`). */
export const DIGIT = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE';
export const LETTER_OR_DIGIT = LETTER + DIGIT;

// LETTER_OR_DIGIT stops below U+1F00: one flag per code unit below it answers "letter or
// digit?" for a whole-text scan without a regular expression call per character. The table is
// read off the class body's ranges (`A-Z`, `\u00C0-\u00D6`, `\u00AA`): testing each code unit
// against the class instead cost 13 ms on the first call.
export const LETTER_OR_DIGIT_CODES_END = 0x1f00;
let letterOrDigitCodes: Uint8Array | null = null;

/** 1 at each code unit below LETTER_OR_DIGIT_CODES_END that is one of LETTER_OR_DIGIT. */
export function letterOrDigitTable(): Uint8Array {
  if (letterOrDigitCodes) return letterOrDigitCodes;
  const table = new Uint8Array(LETTER_OR_DIGIT_CODES_END);
  const body = LETTER_OR_DIGIT;
  const read = (at: number): [number, number] =>
    body.startsWith('\\u', at) ? [parseInt(body.slice(at + 2, at + 6), 16), at + 6] : [body.charCodeAt(at), at + 1];
  for (let i = 0; i < body.length; ) {
    const [from, next] = read(i);
    let to = from;
    i = next;
    if (body[i] === '-' && i + 1 < body.length) [to, i] = read(i + 1);
    table.fill(1, from, Math.min(to + 1, LETTER_OR_DIGIT_CODES_END));
  }
  letterOrDigitCodes = table;
  return table;
}

/** Is this UTF-16 code unit one of LETTER_OR_DIGIT? */
export function isLetterOrDigitCode(code: number): boolean {
  return code < LETTER_OR_DIGIT_CODES_END && letterOrDigitTable()[code] === 1;
}

/** Combining marks of the covered range (NFC text rarely has any; a `\p{M}` class is the same cost as `\p{L}`). */
export const MARK = '\\u0300-\\u036F';

/** The blocks the case classes cover, the same as LETTER's: Basic Latin and Latin-1 through
 * Latin Extended-B, Greek, Cyrillic, Latin Extended Additional. */
export const CASE_BLOCKS: readonly (readonly [number, number])[] = [[0x0000, 0x024f], [0x0370, 0x03ff], [0x0400, 0x04ff], [0x1e00, 0x1eff]];

// Upper and lower case alternate letter by letter in Latin Extended-A and Latin Extended
// Additional (`Ă ă Ą ą`, `Ạ ạ Ả ả`), so they cannot be written as a few ranges by hand. They are
// computed by running one regular expression over every code point of the covered blocks and
// folding the members into ranges, once, at build time (util/prebuilt.ts): no property compile
// in each of the dozens of patterns that tell a capital (`^\p{Lu}`), and no loop at every start.
const cased = prebuilt('letter-cases', (plain: { upper: string; lower: string }) => plain, deriveCases);

/** The upper- and lower-case class bodies of CASE_BLOCKS, from `\p{Lu}` and `\p{Ll}`. */
export function deriveCases(): { upper: string; lower: string } {
  let all = '';
  for (const [from, to] of CASE_BLOCKS) for (let c = from; c <= to; c++) all += String.fromCharCode(c);
  const upper: number[] = [];
  const lower: number[] = [];
  for (const m of all.matchAll(/(\p{Lu})|\p{Ll}/gu)) (m[1] ? upper : lower).push(m[0].charCodeAt(0));
  return { upper: toClassBody(upper), lower: toClassBody(lower) };
}

/** Sorted code points as a class body of `\uXXXX` ranges. */
function toClassBody(codes: number[]): string {
  const hex = (c: number) => '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
  let body = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    body += j === i ? hex(codes[i]!) : j === i + 1 ? hex(codes[i]!) + hex(codes[j]!) : `${hex(codes[i]!)}-${hex(codes[j]!)}`;
    i = j + 1;
  }
  return body;
}

/** Upper-case letters (`\p{Lu}`) of the covered blocks: `A`, `Đ`, `Ấ`, `Ω`, `Д`. */
export const UPPER: string = cased.upper;
/** Lower-case letters (`\p{Ll}`) of the covered blocks: `a`, `đ`, `ấ`, `ω`, `д`. */
export const LOWER: string = cased.lower;
