// Brackets and quotation marks left open or closed without an opening: `(`/`)`, `[`/`]`,
// `“`/`”` and straight `"`. Checked line by line (a newsroom paragraph is one line), with an
// explicit stack, so 100 000 nested brackets cost no recursion and no quadratic search.

import type { RawFinding, Rule } from '../types.js';
import { LETTER } from '../../lexicon/letters.js';

const OPEN_OF: Record<string, string> = { ')': '(', ']': '[', '”': '“' };
const CLOSE_OF: Record<string, string> = { '(': ')', '[': ']', '“': '”', '"': '"' };
// e.g. `a) Trường hợp …`, `gồm: 1) …; 2) …`, `iv) …`: list markers close a bracket never opened
const ENUMERATOR = new RegExp(String.raw`(?:^|[\s(,;:])(?:[${LETTER}]|\d{1,2}|[ivxIVX]{1,4})$`, 'u');

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
    const endLine = () => {
      for (const o of stack) unclosed(o);
      stack.length = 0;
      for (const k of Object.keys(open)) open[k] = 0;
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (ch === '\n') {
        endLine();
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
    endLine();
    return out;
  },
};
