// Sentence boundaries inside one block of text. A full stop ends a sentence unless it closes an
// abbreviation that always precedes a name (`TP. Hồ Chí Minh`, `ThS. Lê Văn A`); an abbreviation
// that can close a sentence (`… ĐV, NLĐ. Trong 5 năm …`) does.
import { isNonFinalAbbreviation } from '../lexicon/short-forms.js';
import type { Span } from '../types.js';
import { DIGIT, LETTER_OR_DIGIT, UPPER } from '../lexicon/letters.js';

// A terminator run with its closing quotes/brackets, then white space and what can open a
// sentence: `qua. Trong`, `đó!” Ông`, `…) Sau`, `nay? – Anh`. The lookbehind makes a match start
// only at the beginning of a terminator run, which keeps 100 000 full stops linear. The classes
// are lexicon/letters.ts's: a `\p{Lu}` class costs milliseconds to compile.
const BOUNDARY = new RegExp(String.raw`(?<![.!?…])[.!?…]+["”’)\]»]*(?=\s+["“‘(\[«\-–—]*[${UPPER}${DIGIT}])`, 'gu');
// The word right before a full stop, for the abbreviation test (`TP` in `TP. Hồ Chí Minh`).
const WORD_BEFORE = new RegExp(`[${LETTER_OR_DIGIT}&]+$`, 'u');

/** The tagger's CRF context is two tokens either side, so a run-on "sentence" (a table, a list
 * without punctuation, a 5 MB line) is cut into pieces of this many characters at white space. */
export const MAX_SENTENCE_CHARS = 1000;

export function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const block = text.slice(span.start, span.end);
  let start = 0;
  for (const match of block.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0] === '.' && isNonFinal(block, match.index)) continue;
    pushTrimmed(text, span.start + start, span.start + end, out);
    start = end;
  }
  pushTrimmed(text, span.start + start, span.end, out);
  return out;
}

function isNonFinal(block: string, dot: number): boolean {
  // Only the last 40 characters matter: bounded work per full stop keeps the split linear.
  const before = WORD_BEFORE.exec(block.slice(Math.max(0, dot - 40), dot));
  return before !== null && isNonFinalAbbreviation(before[0]);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
    if (cut <= start) cut = start + MAX_SENTENCE_CHARS;
    // Never cut a surrogate pair in half: cut before it, so the piece stays within the limit
    // (cutting after it made a piece one over, cut again at the same place, forever).
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff && cut - 1 > start) cut--;
    pushTrimmed(text, start, cut, out);
    start = cut;
    while (start < end && /\s/u.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end });
}
