// Brackets and quotation marks left open or closed without an opening: `(`/`)`, `[`/`]`,
// `“`/`”` and straight `"`. Checked line by line (a newsroom paragraph is one line), with an
// explicit stack, so 100 000 nested brackets cost no recursion and no quadratic search.
// A quotation over several paragraphs follows the journalistic convention: each paragraph opens
// with the quotation mark again and only the last one closes it. A quote left open at the end of
// a paragraph is therefore fine when the next paragraph opens with the same mark; the chain must
// still close in its last paragraph.

import type { RawFinding, Rule } from '../types.js';
import { where } from '../text-utils.js';
import { LETTER } from '../../lexicon/letters.js';

const OPEN_OF: Record<string, string> = { ')': '(', ']': '[', '”': '“' };
const CLOSE_OF: Record<string, string> = { '(': ')', '[': ']', '“': '”', '"': '"' };
// e.g. `a) Trường hợp …`, `gồm: 1) …; 2) …`, `iv) …`: list markers close a bracket never opened
const ENUMERATOR = new RegExp(String.raw`(?:^|[\s(,;:])(?:[${LETTER}]|\d{1,2}|[ivxIVX]{1,4})$`, 'u');

// e.g. an empty line, or one of spaces and tabs
const BLANK = /^[ \t\n]*$/u;

/** True when the next non-blank line after `at` opens with `quote` (after indentation). */
function nextParagraphOpens(text: string, at: number, quote: string): boolean {
  // Only a line with a quote left open looks ahead, and only over the blank run after it.
  let j = at;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n')) j++;
  return j < text.length && text[j] === quote;
}

export const unbalancedBrackets: Rule = {
  id: 'unbalanced-brackets',
  defaultSeverity: 'error',
  description: 'A bracket or quotation mark is not closed, or closes nothing.',
  check({ text }) {
    const out: RawFinding[] = [];
    const stack: { ch: string; pos: number }[] = [];
    const open: Record<string, number> = { '(': 0, '[': 0, '“': 0, '"': 0 };
    let lineStart = 0;
    const unclosed = (o: { ch: string; pos: number }) =>
      out.push({ start: o.pos, end: o.pos + 1, message: `"${o.ch}" is never closed by "${CLOSE_OF[o.ch]}" on this line.` });
    const closeTo = (opener: string) => {
      // The opener is on the stack (its count says so): everything above it was left open.
      for (;;) {
        const top = stack.pop() as { ch: string; pos: number };
        open[top.ch] = (open[top.ch] ?? 1) - 1;
        if (top.ch === opener) return;
        unclosed(top);
      }
    };
    // The first opener of the multi-paragraph quotation the current line continues, if any.
    let chainFrom: { ch: string; pos: number } | null = null;
    const endLine = (at: number) => {
      // A blank line between the paragraphs of a quotation does not end it.
      if (stack.length === 0 && BLANK.test(text.slice(lineStart, at))) return;
      const outer = stack[0];
      // The outermost open quote carries over when the next paragraph opens with it again.
      const carries = outer !== undefined && (outer.ch === '“' || outer.ch === '"') && nextParagraphOpens(text, at, outer.ch);
      for (const o of carries ? stack.slice(1) : stack) {
        if (o === outer && chainFrom) {
          out.push({ start: o.pos, end: o.pos + 1, message: `"${o.ch}" is never closed by "${CLOSE_OF[o.ch]}": the quotation opened at ${where(text, chainFrom.pos)} must close at the end of its last paragraph.` });
        } else unclosed(o);
      }
      chainFrom = carries ? (chainFrom ?? (outer as { ch: string; pos: number })) : null;
      stack.length = 0;
      for (const k of Object.keys(open)) open[k] = 0;
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (ch === '\n') {
        endLine(i + 1);
        lineStart = i + 1;
      } else if (ch === '"') {
        if ((open['"'] ?? 0) > 0) closeTo('"');
        else {
          stack.push({ ch, pos: i });
          open['"'] = 1;
        }
      } else if (ch === '(' || ch === '[' || ch === '“') {
        stack.push({ ch, pos: i });
        open[ch] = (open[ch] ?? 0) + 1;
      } else if (ch === ')' || ch === ']' || ch === '”') {
        const opener = OPEN_OF[ch] as string;
        if ((open[opener] ?? 0) > 0) closeTo(opener);
        else if (!(ch === ')' && ENUMERATOR.test(text.slice(Math.max(lineStart, i - 6), i)))) {
          out.push({ start: i, end: i + 1, message: `"${ch}" closes no "${opener}" on this line.` });
        }
      }
    }
    endLine(text.length);
    return out.sort((a, b) => a.start - b.start);
  },
};
