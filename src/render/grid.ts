// Laying out one terminal table: columns fitted to the width by fair shares, cells wrapped by
// display width, cli-table3 only drawing the borders. Shared by the table view's sections.
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { displayWidth, plural, wrap } from './text.js';

// A cell marks text to be shown in bold (the mention in a context) between these two
// private-use characters; they take no column (text.ts), so wrapping ignores them, and each
// wrapped line opens and closes its own bold, which cli-table3's padding needs.
export const EMPHASIS_OPEN = '\ue000';
export const EMPHASIS_CLOSE = '\ue001';
// Example: `tổ chức hơn \ue00019.700\ue001 cuộc`.
const EMPHASIS_MARK = /[\ue000\ue001]/gu;

/** The wrapped lines of a cell with its emphasis markers turned into bold (or dropped without colour). */
function paintEmphasis(lines: string[], chalk: ChalkInstance): string[] {
  let open = false;
  return lines.map((line) => {
    if (!line.includes(EMPHASIS_OPEN) && !line.includes(EMPHASIS_CLOSE) && !open) return line;
    let out = '';
    let from = 0;
    let bold = open;
    line.replace(EMPHASIS_MARK, (mark, at: number) => {
      const piece = line.slice(from, at);
      out += bold ? chalk.bold(piece) : piece;
      bold = mark === EMPHASIS_OPEN;
      from = at + 1;
      return mark;
    });
    const rest = line.slice(from);
    out += bold ? chalk.bold(rest) : rest;
    open = bold;
    return out;
  });
}

export interface GridCtx {
  chalk: ChalkInstance;
  width: number;
}

// cli-table3's layout is superlinear (about 0.1 ms a row at 500 rows, a minute for 40 000): a
// person reads the first rows of a section, the machine formats carry them all.
const MAX_ROWS = 500;


// A column is not squeezed below its longest word (header or cell) up to this many columns, so
// `Qualifier` or `1.850.000` stay whole while a 5 000-character cell still wraps.
const MAX_UNBROKEN = 14;

/** Share `available` among columns wanting `wants`: max-min fairness (the small keep theirs). */
function share(wants: readonly number[], available: number): number[] {
  let remaining = Math.max(0, available);
  const order = wants.map((_, i) => i).sort((a, b) => (wants[a] ?? 0) - (wants[b] ?? 0));
  const result = new Array<number>(wants.length).fill(0);
  order.forEach((col, k) => {
    const w = Math.min(wants[col] ?? 0, Math.floor(remaining / (order.length - k)));
    result[col] = w;
    remaining -= w;
  });
  return result;
}

/**
 * Content widths (padding and borders excluded) that fit `available` columns. Every column gets
 * its natural width if all fit; otherwise first its minimum (longest word, capped), then the
 * rest is shared fairly. Never below 1; when even the minimums do not fit, shared from scratch.
 */
export function fitColumns(natural: readonly number[], minimum: readonly number[], available: number): number[] {
  const want = natural.map((w) => Math.max(1, w));
  if (want.reduce((a, b) => a + b, 0) <= available) return want;
  const mins = want.map((w, i) => Math.max(1, Math.min(w, minimum[i] ?? 1)));
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum > available) return share(want, available).map((w) => Math.max(1, w));
  const extra = share(want.map((w, i) => w - (mins[i] ?? 1)), available - minSum);
  return mins.map((m, i) => m + (extra[i] ?? 0));
}

function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(' ')) longest = Math.max(longest, displayWidth(word));
  return longest;
}

export interface Column {
  head: string;
  align?: 'left' | 'right';
}

export function renderGrid(ctx: GridCtx, columns: readonly Column[], allRows: readonly string[][]): string {
  const { chalk } = ctx;
  const rows = allRows.slice(0, MAX_ROWS);
  // Each column costs its content plus one space of padding either side plus one border.
  const available = ctx.width - 1 - columns.length * 3;
  const natural = columns.map((c, i) =>
    Math.max(displayWidth(c.head), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const minimum = columns.map((c, i) =>
    Math.max(longestWord(c.head), Math.min(MAX_UNBROKEN, ...rows.map((r) => longestWord(r[i] ?? '')))),
  );
  const widths = fitColumns(natural, minimum, available);
  const cell = (text: string, i: number, paint: (s: string) => string): string =>
    paintEmphasis(wrap(text, widths[i] ?? 1), ctx.chalk).map(paint).join('\n');
  const table = new Table({
    head: columns.map((c, i) => cell(c.head, i, (s) => chalk.bold.cyan(s))),
    colWidths: widths.map((w) => w + 2),
    colAligns: columns.map((c) => c.align ?? 'left'),
    // Lines are wrapped above, by display width; cli-table3 only lays them out.
    wordWrap: false,
    // cli-table3 colours heads and borders itself (through @colors/colors, which reads the
    // environment) unless given empty styles; colour is ours to decide.
    // compact: no rule between rows, so a section stays about as tall as its row count.
    style: { head: [], border: [], compact: true },
  });
  for (const row of rows) table.push(row.map((text, i) => cell(text, i, (s) => s)));
  const hidden = allRows.length - rows.length;
  const note = hidden > 0
    ? `\n${chalk.dim(wrap(`… ${plural(hidden, 'more row', 'more rows')} not shown (json, ndjson and csv list them all)`, ctx.width).join('\n'))}`
    : '';
  return table.toString() + note;
}

