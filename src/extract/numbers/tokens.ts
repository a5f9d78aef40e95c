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

// `hơn 19.700 cuộc`, `SU290`, `18h30`, `m²`: digits and letters split apart (`SU`|`290`, `18`|`h`|`30`)
// so that codes, times and glued units are read from how the pieces touch. The classes are
// lexicon/letters.ts's (`\p{L}` costs milliseconds to compile). Each alternative consumes
// at least one character and none can re-match another's text, so the scan is linear.
const TOKEN = new RegExp(String.raw`[0-9]+|(?:(?![0-9])[${LETTER_OR_DIGIT}])+|[^\s${LETTER_OR_DIGIT}]`, 'gu');

// `²` in `m²`, `đ` in `500.000đ`: a one-character token that is a letter or a non-ASCII digit.
const LETTER = new RegExp(`^[${LETTER_OR_DIGIT}]`, 'u');

export function tokenize(text: string, from: number, to: number): TokenList {
  const list: TokenList = { text, start: [], end: [], type: [], length: 0 };
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(slice)) !== null) {
    const offset = match.index;
    const token = match[0];
    const firstCode = token.charCodeAt(0);
    list.start.push(from + offset);
    list.end.push(from + offset + token.length);
    // Marks are one code point (at most two code units); anything longer is a letter run.
    list.type.push(firstCode >= 48 && firstCode <= 57 ? NUM : token.length > 2 || LETTER.test(token) ? WORD : PUNCT);
  }
  list.length = list.start.length;
  return list;
}
