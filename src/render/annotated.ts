// Annotated renderer: the article's text with its findings marked in place, for a quick look in
// a terminal or a pager (`| less -R`). Colour on a terminal; brackets with a label otherwise:
// `[PER Lê Thị Sương Mai]`, so a pipe or a log keeps every mark.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Analysis } from '../types.js';
import { collectMarks, markLabel, nestMarks, walkMarks, type Mark } from './marks.js';
import { showControl } from './text.js';

export interface AnnotatedOptions {
  /** Decided by the caller (TTY, --no-color, NO_COLOR); false gives brackets and no ESC byte. */
  color: boolean;
}

const LEGEND: readonly [string, string][] = [
  ['PER', 'person'],
  ['ORG', 'organisation'],
  ['LOC', 'place'],
  ['MISC', 'other name'],
  ['NUM', 'number'],
  ['DATE', 'date'],
  ['ABBR', 'abbreviation'],
];

// Entities by hue; numbers and dates bold as well, so they stand out inside a coloured entity;
// abbreviations only underlined, so they keep the colour of the name they are part of.
function styleFor(chalk: ChalkInstance, label: string): ChalkInstance {
  switch (label) {
    case 'PER': return chalk.magenta;
    case 'ORG': return chalk.cyan;
    case 'LOC': return chalk.green;
    case 'MISC': return chalk.yellow;
    case 'NUM': return chalk.blue.bold;
    case 'DATE': return chalk.red.bold;
    default: return chalk.underline;
  }
}

// What would act on a terminal instead of showing: C0 controls but tab and line feed, DEL, C1,
// and bidirectional overrides. Each becomes one visible character, so offsets still hold.
// Example: `\u001b[2J`, `a\u202Eb`.
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

function safe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => (c.charCodeAt(0) >= 0x2000 ? '\ufffd' : showControl(c)));
}

/**
 * The text of one document (the normalised text the analysis's offsets point into) with every
 * mention of every finding marked, after a line naming the source and a legend. Nested findings
 * nest (`[ORG [ABBR LĐLĐ] [LOC [ABBR TP] Cần Thơ]]`). Ends with a newline.
 */
export function renderAnnotated(a: Analysis, text: string, opts: AnnotatedOptions): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const shownText = safe(text);
  const source = safe(a.line === undefined ? a.source : `${a.source}:${a.line}`);
  const legend = LEGEND.map(([label, name]) => (opts.color ? styleFor(chalk, label)(label) : label) + ` ${name}`).join(' · ');
  const out: string[] = [];
  // Each mark's output is built in its own buffer, so a colour can wrap exactly its text
  // (chalk re-opens an outer colour after an inner one closes).
  const buffers: string[][] = [out];
  const labelOf = (mark: Mark): string => markLabel(mark);
  walkMarks(nestMarks(collectMarks(a), 0, text.length), 0, text.length, {
    text: (start, end) => buffers[buffers.length - 1]!.push(shownText.slice(start, end)),
    open: () => buffers.push([]),
    close: (node) => {
      const inner = (buffers.pop() ?? []).join('');
      const label = labelOf(node.mark);
      const marked = opts.color ? styleFor(chalk, label)(inner) : `[${label} ${inner}]`;
      buffers[buffers.length - 1]!.push(marked);
    },
  });
  const body = out.join('');
  return `${chalk.bold(source)}\n${chalk.dim('Marks:')} ${legend}\n\n${body}${body.endsWith('\n') ? '' : '\n'}`;
}
