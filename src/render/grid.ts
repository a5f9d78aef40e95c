// Box-drawn text grids for the table view, drawn directly: the same layout and characters as
// cli-table3's default compact style, at a fraction of its cost (cli-table3 rebuilds a large
// ANSI/emoji regular expression for every width it measures: about 4 ms per short document,
// which doubled the time of a 10 000-line `--lines` run). tests/render-grid.test.ts holds this
// output to cli-table3's own, cell for cell.
import { displayWidth } from './text.js';

export interface GridOptions {
  /** Content width of each column (padding and borders excluded). */
  widths: readonly number[];
  aligns?: readonly ('left' | 'right')[];
  /** Header cells, each already wrapped to its column (one string per line). */
  head: readonly (readonly string[])[];
  /** Rows of cells, each already wrapped to its column (one string per line). */
  rows: readonly (readonly (readonly string[])[])[];
  /** Colours a header line after it is measured (chalk's bold cyan, or nothing). */
  paintHead?: (line: string) => string;
}

function rule(widths: readonly number[], left: string, middle: string, right: string): string {
  return left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right;
}

function drawRow(
  cells: readonly (readonly string[])[],
  widths: readonly number[],
  aligns: readonly ('left' | 'right')[],
  paint: (line: string) => string,
): string[] {
  let height = 1;
  for (const cell of cells) height = Math.max(height, cell.length);
  const out: string[] = [];
  for (let k = 0; k < height; k++) {
    const parts = widths.map((w, i) => {
      const text = cells[i]?.[k] ?? '';
      const gap = ' '.repeat(Math.max(0, w - displayWidth(text)));
      const shown = text === '' ? '' : paint(text);
      return aligns[i] === 'right' ? ` ${gap}${shown} ` : ` ${shown}${gap} `;
    });
    out.push(`│${parts.join('│')}│`);
  }
  return out;
}

/** The grid as lines joined by `\n`, without a final newline. */
export function drawGrid(options: GridOptions): string {
  const { widths, head, rows } = options;
  const aligns = options.aligns ?? [];
  const paintHead = options.paintHead ?? ((line: string) => line);
  const lines = [rule(widths, '┌', '┬', '┐'), ...drawRow(head, widths, aligns, paintHead)];
  // As cli-table3: the rule under the head only when rows follow it.
  if (rows.length > 0) lines.push(rule(widths, '├', '┼', '┤'));
  for (const row of rows) lines.push(...drawRow(row, widths, aligns, (line) => line));
  lines.push(rule(widths, '└', '┴', '┘'));
  return lines.join('\n');
}
