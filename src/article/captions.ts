// Photo captions: blocks with a photo credit (`(Ảnh: TTXVN)`, `- Ảnh: Thu Trang`, `Ảnh: AFP`),
// and the short one-sentence block under the lead.
import { stripMarks } from '../lexicon/fold.js';
import { LETTER_OR_DIGIT, UPPER } from '../lexicon/letters.js';
import { countSyllables, loadMarkers } from './markers.js';

export function hasCaptionMarker(block: string): boolean {
  const folded = stripMarks(block);
  return loadMarkers().captionMarkers.some((marker) => folded.startsWith(marker) || folded.includes(` ${marker}`) || folded.includes(`(${marker}`));
}

// A credit closing a line: `… cầu - Ảnh: Thu Trang`, `… liên hợp (Ảnh: T.H)`, `… Tanegashima. Ảnh: AFP`,
// `(Ảnh minh họa)`. Checked on the folded line (`anh` for `Ảnh`).
const CREDIT_AT_END = /(?:^|[\s(\-–])anh(?:\s{0,2}:\s{0,2}[^:()\n]{1,40}|\s(?:minh hoa|tu lieu|chup man hinh)(?:\s{0,2}:\s{0,2}[^:()\n]{1,40})?)\)?\s*$/u;

/** Does this line end with a photo credit? (A line that only opens with `Ảnh:` is a byline's business.) */
export function endsWithCredit(line: string): boolean {
  const folded = stripMarks(line);
  const m = CREDIT_AT_END.exec(folded);
  return m !== null && m.index > 0 && countSyllables(line) >= 4;
}

// Example: the `n` of `Tuy nhiên` (a longer word, not the connective `Tuy`)
const WORD_CHAR = new RegExp(`[${LETTER_OR_DIGIT}]`, 'u');

function startsWithConnective(block: string): boolean {
  const folded = stripMarks(block);
  return loadMarkers().connectives.some((c) => folded.startsWith(c) && !WORD_CHAR.test(folded[c.length] ?? ' '));
}

// A sentence end followed by another sentence.
// Example: `Ông A phát biểu. Sau đó`
const SENTENCE_INSIDE = new RegExp(String.raw`[.!?…]\s+[${UPPER}]`, 'u');

/** One sentence, short, no quoted speech, not opening with a discourse connective. */
export function looksLikeCaption(block: string): boolean {
  if (block.length > 300 || /["“”]/u.test(block)) return false;
  const inner = block.replace(/[.!?…]+$/u, '');
  if (SENTENCE_INSIDE.test(inner)) return false;
  const syllables = countSyllables(block);
  return syllables >= 4 && syllables <= 40 && !startsWithConnective(block);
}

/** A block carrying a photo credit (`… (Ảnh: TTXVN)`) is a caption when it is short. */
export function looksLikeCaptionWithCredit(block: string): boolean {
  return hasCaptionMarker(block) && block.length <= 400 && countSyllables(block) <= 60;
}
