// Text helpers shared by the human-facing renderers (table, markdown): terminal-safe text,
// display width, wrapping to a column, Vietnamese number grouping, and the stats line.
import { createRequire } from 'node:module';
import type { Stats } from '../types.js';

// C0 controls (ESC among them), DEL and C1 controls act on a terminal instead of showing; the
// input stage lets ESC, tab, CR and form feed through, so anything printed for a person is
// cleaned. Example: `\u001b[31mđỏ` → `␛[31mđỏ`.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
// Bidirectional overrides and isolates reorder what follows them on screen ("Trojan source").
// Example: `abc\u202Edef`.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/gu;
// Whitespace runs that are not already a single space, to become one space. A lone space is
// not matched: a 5 MB line of `a ` would otherwise be 2.5 million replacements.
// Example: `dòng một\n  dòng hai`, `a  b`, `a\tb`.
const WHITESPACE_RUN = / ?[\t\n\v\f\r\u00a0\u2028\u2029][\t\n\v\f\r \u00a0\u2028\u2029]*| {2,}[\t\n\v\f\r \u00a0\u2028\u2029]*/gu;

/**
 * A control character as its visible Unicode Control Picture (`␛` for ESC, `␡` for DEL), C1 as
 * U+FFFD. Each replacement is one UTF-16 code unit, so lengths (and offsets) are unchanged.
 */
export function showControl(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

// Anything cleanInline would change; most cells have none, and one test is cheaper than three
// replacements. Example: `a\tb`, ` a`, `a  b`, `\u001b`.
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u00a0\u2028\u2029\u202a-\u202e\u2066-\u2069]| {2}|^ | $/u;

/** Text for one line of a terminal or a table cell: whitespace runs as one space, controls visible. */
export function cleanInline(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(WHITESPACE_RUN, ' ').replace(CONTROL, showControl).replace(BIDI_CONTROL, '\ufffd').trim();
}

/** The first `n` code points of text (all of it when shorter), reading no further. */
function firstCodePoints(text: string, n: number): string {
  let kept = '';
  let count = 0;
  for (const ch of text) {
    if (count >= n) break;
    kept += ch;
    count++;
  }
  return kept;
}

/** Cut text longer than `max` code points, marking the cut with `…` (the result has `max`). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = firstCodePoints(text, max + 1);
  if (Array.from(head).length <= max) return text;
  return `${firstCodePoints(head, Math.max(0, max - 1))}…`;
}

/**
 * cleanInline then truncate, without cleaning more of a huge text than can be shown: the text is
 * first cut to four times `max` code units (whitespace collapsing may shorten it, and the cut is
 * then still marked).
 */
export function clipInline(text: string, max: number): string {
  const limit = max * 4;
  if (text.length <= limit) return truncate(cleanInline(text), max);
  return `${firstCodePoints(cleanInline(text.slice(0, limit)), Math.max(0, max - 1))}…`;
}

// Columns of a character outside the one-column set below: string-width's tables (East Asian
// wide, emoji, zero-width marks), required on first use: markdown, which shares this file, never
// needs it, and cli-table3, which the table renderer loads anyway, requires it too.
const require = createRequire(import.meta.url);
let widthOf: ((text: string) => number) | undefined;
const stringWidth = (text: string): number => (widthOf ??= require('string-width') as (text: string) => number)(text);
// U+E000 and U+E001 mark bold text inside a table cell (grid.ts; cells' own text has them
// replaced): they take no column, which string-width cannot know.
const BOLD_MARKS = /[\ue000\ue001]/gu;

function charWidth(ch: string): number {
  return ch === '\ue000' || ch === '\ue001' ? 0 : stringWidth(ch);
}

// Text whose every character is one column and one UTF-16 code unit: ASCII, Latin-1, Latin
// Extended, and Latin Extended Additional (NFC Vietnamese: `ạ` … `ỹ`), common punctuation
// (`–`, `“`, `…`) and currency signs (`₫`). Most cells are this, and need no per-character walk.
// Example: `Lê Thị Sương Mai – 1.850.000 ₫`.
const ONE_COLUMN_EACH = /^[\u0020-\u007e\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*$/u;

/** Terminal columns taken by text without escape codes. */
export function displayWidth(text: string): number {
  // The short cut keeps typical cells at ~0.5 µs; string-width alone takes ~3.5 µs (bench: 8 cells × 200 000).
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  return stringWidth(text.replace(BOLD_MARKS, ''));
}

/** Cut a word wider than `width` into pieces that fit, never splitting a mark from its base. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const ch of word) {
    const w = charWidth(ch);
    if (used + w > width && used > 0) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += ch;
    used += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap of one line of text to `width` columns; a word wider than the column is cut.
 * Linear in the text's length (a 5 MB line of `a ` or 100 000 digits are fine).
 */
export function wrap(text: string, width: number): string[] {
  const limit = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const w = displayWidth(word);
    if (used > 0 && used + 1 + w <= limit) {
      line += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (used > 0) lines.push(line);
    if (w <= limit) {
      line = word;
      used = w;
      continue;
    }
    const pieces = breakWord(word, limit);
    const last = pieces.pop() ?? '';
    lines.push(...pieces);
    line = last;
    used = displayWidth(last);
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  return lines;
}

function groupDigits(digits: string): string {
  // `1850000` → `1.850.000` (Vietnamese writes `.` between thousands). A loop, not a lookahead
  // regex, which would rescan the rest of the run at every digit.
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits[i];
  }
  return out;
}

/**
 * A number as a Vietnamese reader writes it: `.` between thousands, `,` before decimals
 * (`19.700`, `1.850.000`, `3,2`). Deterministic (no Intl/ICU data). Values JavaScript prints in
 * exponent notation (`1e+21`) are shown as is; a non-finite value (a 100 000-digit run) as `∞`.
 */
export function formatViNumber(value: number): string {
  if (Number.isNaN(value)) return '?';
  if (!Number.isFinite(value)) return value < 0 ? '-∞' : '∞';
  // Round away binary noise (0.1 + 0.2) while keeping every decimal an article would print.
  const plain = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10)));
  // Exponent notation. Example: `1e+21`, `1e-7`.
  if (/e/iu.test(plain)) return plain;
  const sign = plain.startsWith('-') ? '-' : '';
  const [int = '', frac] = plain.slice(sign.length).split('.');
  return `${sign}${groupDigits(int)}${frac === undefined ? '' : `,${frac}`}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `1 234 characters, 310 syllables, …`: the stats line every human view prints. */
export function statsLine(stats: Stats): string {
  return [
    plural(stats.characters, 'character', 'characters'),
    plural(stats.syllables, 'syllable', 'syllables'),
    plural(stats.words, 'word', 'words'),
    plural(stats.sentences, 'sentence', 'sentences'),
    plural(stats.paragraphs, 'paragraph', 'paragraphs'),
  ].join(', ');
}
