// Cuts a scope span into the number extractor's tokens: ASCII digit runs, letter runs, single marks.
// Tokens live in parallel arrays so that a 5 MB paragraph costs a few flat arrays, not millions of objects.
import { LETTER_OR_DIGIT_CODES_END, letterOrDigitTable } from '../../lexicon/letters.js';

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
    } else if (c < LETTER_OR_DIGIT_CODES_END && codes[c] === 1) {
      for (; j < to; j++) {
        const d = text.charCodeAt(j);
        if (d >= LETTER_OR_DIGIT_CODES_END || codes[d] === 0 || isAsciiDigit(d)) break;
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
