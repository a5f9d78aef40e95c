// Annotated renderer: the article's text with its findings marked in place, for a quick look in
// a terminal or a pager (`| less -R`). Colour on a terminal; brackets with a label otherwise:
// `[PER Lê Thị Sương Mai]`, so a pipe or a log keeps every mark.
import type { Analysis } from '../types.js';
import type { RendererFactory } from './formats.js';
import { collectMarks, markLabel, nestMarks, walkMarks } from './marks.js';
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

interface Style {
  /** SGR foreground colour (35 magenta, 36 cyan, …), if any. */
  fg?: number;
  bold?: boolean;
  underline?: boolean;
}

// Entities by hue; numbers and dates bold as well, so they stand out inside a coloured entity;
// abbreviations only underlined, so they keep the colour of the name they are part of.
const STYLES: Record<string, Style> = {
  PER: { fg: 35 },
  ORG: { fg: 36 },
  LOC: { fg: 32 },
  MISC: { fg: 33 },
  NUM: { fg: 34, bold: true },
  DATE: { fg: 31, bold: true },
  ABBR: { underline: true },
};

const sgr = (code: number): string => `\u001b[${code}m`;

/**
 * SGR codes for nested styles, linear in the number of marks however deep they nest: each close
 * restores only what it changed (the enclosing colour, or bold/underline off at depth 0), and a
 * line break ends every style and starts them again, so a pager shows each line right alone.
 */
class Painter {
  private colours: number[] = [];
  private bold = 0;
  private underline = 0;

  open(style: Style): string {
    let out = '';
    if (style.fg !== undefined) {
      this.colours.push(style.fg);
      out += sgr(style.fg);
    }
    if (style.bold && this.bold++ === 0) out += sgr(1);
    if (style.underline && this.underline++ === 0) out += sgr(4);
    return out;
  }

  close(style: Style): string {
    let out = '';
    if (style.fg !== undefined) {
      this.colours.pop();
      out += sgr(this.colours[this.colours.length - 1] ?? 39);
    }
    if (style.bold && --this.bold === 0) out += sgr(22);
    if (style.underline && --this.underline === 0) out += sgr(24);
    return out;
  }

  /** Text inside the open styles: each line break ends them and starts them again after. */
  text(run: string): string {
    if (this.colours.length === 0 && this.bold === 0 && this.underline === 0) return run;
    const fg = this.colours[this.colours.length - 1];
    const again = (fg === undefined ? '' : sgr(fg)) + (this.bold > 0 ? sgr(1) : '') + (this.underline > 0 ? sgr(4) : '');
    return run.replace(/\n/gu, `${sgr(0)}\n${again}`);
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
  const shownText = safe(text);
  const source = safe(a.line === undefined ? a.source : `${a.source}:${a.line}`);
  const paint = (label: string): string => {
    if (!opts.color) return label;
    const style = STYLES[label] ?? {};
    const painter = new Painter();
    return painter.open(style) + label + painter.close(style);
  };
  const legend = LEGEND.map(([label, name]) => `${paint(label)} ${name}`).join(' · ');
  const painter = new Painter();
  const out: string[] = [];
  walkMarks(nestMarks(collectMarks(a), 0, text.length), 0, text.length, {
    text: (start, end) => out.push(opts.color ? painter.text(shownText.slice(start, end)) : shownText.slice(start, end)),
    open: (node) => out.push(opts.color ? painter.open(STYLES[markLabel(node.mark)] ?? {}) : `[${markLabel(node.mark)} `),
    close: (node) => out.push(opts.color ? painter.close(STYLES[markLabel(node.mark)] ?? {}) : ']'),
  });
  const body = out.join('');
  const [bold, unbold, dim] = opts.color ? [sgr(1), sgr(22), sgr(2)] : ['', '', ''];
  return `${bold}${source}${unbold}\n${dim}Marks:${unbold} ${legend}\n\n${body}${body.endsWith('\n') ? '' : '\n'}`;
}

export const renderer: RendererFactory = ({ color }) => ({ separator: '\n', each: (a, text) => renderAnnotated(a, text, { color }) });
