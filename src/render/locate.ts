// Where a finding is, for a person: `line:column` in the input file and the words around it.
// Offsets stay the analysis's own; only the human views turn them into these.
import { lineColumn, lineStarts } from '../util/lines.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * A function from an offset in `text` to its 1-based line and column. Columns count UTF-16 code
 * units like `check`'s (one per character for NFC Vietnamese). `firstLine` is the document's
 * line in its file (`--lines`), so positions are the file's, not the document's.
 */
export function createLocator(text: string, firstLine = 1): (offset: number) => Position {
  const starts = lineStarts(text);
  return (offset) => {
    const { line, column } = lineColumn(starts, offset);
    return { line: firstLine + line - 1, column };
  };
}

export function formatPosition(p: Position): string {
  return `${p.line}:${p.column}`;
}

export interface Context {
  before: string;
  mention: string;
  after: string;
}

// A context never reads further than this from the mention: a 5 MB line costs what a short one does.
const REACH = 120;
// Whitespace inside one line. Example: `hơn  19.700\tcuộc`.
const SPACES = /[ \t\u00a0]+/u;

/**
 * The mention with up to `words` words either side, never across a line break, whitespace runs
 * as one space; `…` marks a side that goes on. Empty sides are ''.
 */
export function contextAround(text: string, start: number, end: number, words = 3): Context {
  // Line breaks are looked for within reach only: a whole-line search is quadratic over the
  // mentions of one long line.
  const reachStart = Math.max(0, start - REACH);
  const back = text.slice(reachStart, start).lastIndexOf('\n');
  const from = back === -1 ? reachStart : reachStart + back + 1;
  const ahead = text.slice(end, end + REACH).indexOf('\n');
  const to = ahead === -1 ? Math.min(text.length, end + REACH) : end + ahead;
  // Whether the line goes on past what is shown.
  const lineStart = back === -1 && reachStart > 0 ? -1 : from;
  const lineEnd = ahead === -1 && end + REACH < text.length ? Number.POSITIVE_INFINITY : to;
  const left = text.slice(from, start).split(SPACES);
  const right = text.slice(end, to).split(SPACES);
  // A word cut by the mention (`(CĐ)` → `(`) still counts as the neighbour it is.
  const beforeWords = left.slice(-1 - words).filter((w, i, all) => w !== '' || i === all.length - 1);
  const afterWords = right.slice(0, words + 1).filter((w, i) => w !== '' || i === 0);
  const cutBefore = from > lineStart || left.length > beforeWords.length;
  const cutAfter = to < lineEnd || right.length > afterWords.length;
  const before = beforeWords.join(' ');
  const after = afterWords.join(' ');
  return {
    before: (cutBefore && before.trim() !== '' ? '…' : '') + before,
    mention: text.slice(start, end).split(/\s+/u).join(' '),
    after: after + (cutAfter && after.trim() !== '' ? '…' : ''),
  };
}
