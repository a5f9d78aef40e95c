// Cuts a scope span into the number extractor's tokens: ASCII digit runs, letter runs, single marks.
// Tokens live in parallel arrays so that a 5 MB paragraph costs a few flat arrays, not millions of objects.
import { LETTER_OR_DIGIT } from '../../lexicon/letters.js';

export const NUM = 0;
export const WORD = 1;
export const PUNCT = 2;

export interface TokenList {
  text: string;
  start: number[];
  end: number[];
  type: number[];
  length: number;
}

// LETTER_OR_DIGIT stops below U+1F00 (lexicon/letters.ts): one flag per code unit below it, read
// off the class's ranges (`A-Z`, `\u00C0-\u00D6`, `\u00AA`), answers "letter or digit?" without a
// regular expression. (dates/words.ts builds the same table for the date scan.)
const CODES_END = 0x1f00;
let letterOrDigit: Uint8Array | null = null;

function letterOrDigitTable(): Uint8Array {
  if (letterOrDigit) return letterOrDigit;
  letterOrDigit = new Uint8Array(CODES_END);
  const body = LETTER_OR_DIGIT;
  const read = (at: number): [number, number] =>
    body.startsWith('\\u', at) ? [parseInt(body.slice(at + 2, at + 6), 16), at + 6] : [body.charCodeAt(at), at + 1];
  for (let i = 0; i < body.length; ) {
    const [from, next] = read(i);
    let to = from;
    i = next;
    if (body[i] === '-' && i + 1 < body.length) [to, i] = read(i + 1);
    letterOrDigit.fill(1, from, Math.min(to + 1, CODES_END));
  }
  return letterOrDigit;
}

// Outside ASCII, the rare spaces (`\u00A0`, `\u2003`, `\u3000`…) are asked of `\s` itself.
const SPACE = /^\s$/u;

/**
 * `hơn 19.700 cuộc`, `SU290`, `18h30`, `m²`: digits and letters split apart (`SU`|`290`, `18`|`h`|`30`)
 * so that codes, times and glued units are read from how the pieces touch. A token is a run of
 * ASCII digits, a run of other letters and digits (`m²`: `²` is a digit of letters.ts, not ASCII),
 * or one code point that is neither nor a space. One pass over the characters: the regular
 * expression that did this (`[0-9]+|(?:(?![0-9])[…])+|[^\s…]`) cost three times as much.
 */
export function tokenize(text: string, from: number, to: number): TokenList {
  const list: TokenList = { text, start: [], end: [], type: [], length: 0 };
  const codes = letterOrDigitTable();
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    let type: number;
    if (c >= 48 && c <= 57) {
      while (j < to && isAsciiDigit(text.charCodeAt(j))) j++;
      type = NUM;
    } else if (c < CODES_END && codes[c] === 1) {
      for (; j < to; j++) {
        const d = text.charCodeAt(j);
        if (d >= CODES_END || codes[d] === 0 || isAsciiDigit(d)) break;
      }
      type = WORD;
    } else if (c === 32 || (c >= 9 && c <= 13) || ((c === 0xa0 || c >= 0x1680) && SPACE.test(text[i]!))) {
      i++;
      continue;
    } else {
      // A mark is one code point: a surrogate pair is two code units, a lone surrogate one.
      if (c >= 0xd800 && c <= 0xdbff && j < to && (text.charCodeAt(j) & 0xfc00) === 0xdc00) j++;
      type = PUNCT;
    }
    list.start.push(i);
    list.end.push(j);
    list.type.push(type);
    i = j;
  }
  list.length = list.start.length;
  return list;
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
