// The blocks of an article's text: blank-line separated, or one a line when there are no blank
// lines; then the lines that papers print inside a block but that are parts of their own (a
// byline as the last line of the body, a caption as the first line of a body block, a title on
// the line above the lead).
import type { Span } from '../types.js';

/** Blocks are blank-line separated; text without blank lines has one block per line. */
export function splitBlocks(text: string): Span[] {
  const separator = /\n[ \t\f\v\u00a0]*\n/u.test(text.trim()) ? /\n(?:[ \t\f\v\u00a0]*\n)+/gu : /\n/gu;
  const blocks: Span[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/u.test(text[from]!)) from++;
    while (to > from && /\s/u.test(text[to - 1]!)) to--;
    if (to > from) blocks.push({ start: from, end: to });
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return blocks;
}

/** The block's first line and the rest, or null for a one-line block. */
export function cutFirstLine(text: string, block: Span): [Span, Span] | null {
  const nl = text.indexOf('\n', block.start);
  if (nl < 0 || nl >= block.end) return null;
  let rest = nl + 1;
  while (rest < block.end && /\s/u.test(text[rest]!)) rest++;
  let firstEnd = nl;
  while (firstEnd > block.start && /\s/u.test(text[firstEnd - 1]!)) firstEnd--;
  return [{ start: block.start, end: firstEnd }, { start: rest, end: block.end }];
}

/** The block without its last line, and the last line, or null for a one-line block. */
export function cutLastLine(text: string, block: Span): [Span, Span] | null {
  const nl = text.lastIndexOf('\n', block.end - 1);
  if (nl < block.start) return null;
  let headEnd = nl;
  while (headEnd > block.start && /\s/u.test(text[headEnd - 1]!)) headEnd--;
  let last = nl + 1;
  while (last < block.end && /\s/u.test(text[last]!)) last++;
  return [{ start: block.start, end: headEnd }, { start: last, end: block.end }];
}
