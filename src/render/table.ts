// Table renderer: the default human view, a header block and one cli-table3 table per section.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Analysis } from '../types.js';
import type { RendererFactory } from './formats.js';
import { ENTITY_TYPE_NAMES, entityTypesInOrder, groupEntities } from './entity-groups.js';
import { clipInline, displayWidth, formatViNumber, wrap } from './text.js';

export interface TableOptions {
  /** Decided by the caller (TTY, --no-color, NO_COLOR); false guarantees no ESC byte in the output. */
  color: boolean;
  /** Terminal columns. Without it (a pipe) the view is laid out for 80 columns. */
  width?: number;
}

const DEFAULT_WIDTH = 80;
// Narrower than this, no table can show its columns; wider layouts overflow rather than vanish.
const MIN_WIDTH = 40;
// A person reads a title or a cell, not 5 MB of it: longer text is cut (JSON keeps it whole).
const MAX_HEADER = 400;
const MAX_CELL = 160;
// cli-table3's layout is superlinear (about 0.1 ms a row at 500 rows, a minute for 40 000): a
// person reads the first rows of a section, the machine formats carry them all.
const MAX_ROWS = 500;
// The header block's label column (`Dateline  `).
const LABEL_WIDTH = 10;

interface Ctx {
  chalk: ChalkInstance;
  width: number;
}

/** Text as shown in one table cell: one line, terminal-safe, at most MAX_CELL characters. */
function shown(text: string | null | undefined, max = MAX_CELL): string {
  return clipInline(text ?? '', max);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

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

interface Column {
  head: string;
  align?: 'left' | 'right';
}

function renderGrid(ctx: Ctx, columns: readonly Column[], allRows: readonly string[][]): string {
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
    wrap(text, widths[i] ?? 1).map(paint).join('\n');
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

function section(ctx: Ctx, title: string, count: number, body: () => string): string {
  const heading = ctx.chalk.bold(`${title} (${count})`);
  return `${heading}\n${count === 0 ? ctx.chalk.dim('(none)') : body()}\n`;
}

function headerLine(ctx: Ctx, label: string, value: string | null, paint = (s: string): string => s): string[] {
  const indent = ' '.repeat(LABEL_WIDTH);
  const lines = value === null ? [ctx.chalk.dim('(none)')] : wrap(value, ctx.width - LABEL_WIDTH).map(paint);
  return lines.map((line, i) => (i === 0 ? ctx.chalk.dim(label.padEnd(LABEL_WIDTH)) : indent) + line);
}

function renderHeader(ctx: Ctx, a: Analysis): string {
  const { article, stats } = a;
  const source = a.line === undefined ? shown(a.source, MAX_HEADER) : `${shown(a.source, MAX_HEADER)}:${a.line}`;
  const dateline = article.dateline
    ? shown(article.dateline.text, MAX_HEADER) + (article.dateline.value ? ` (${shown(article.dateline.value)})` : '')
    : null;
  const authors = article.byline?.authors ?? [];
  const byline = article.byline
    ? shown(article.byline.text, MAX_HEADER) + (authors.length > 0 ? ` (by ${shown(authors.join(', '), MAX_HEADER)})` : '')
    : null;
  const statsText = [
    plural(stats.characters, 'character', 'characters'),
    plural(stats.syllables, 'syllable', 'syllables'),
    plural(stats.words, 'word', 'words'),
    plural(stats.sentences, 'sentence', 'sentences'),
    plural(stats.paragraphs, 'paragraph', 'paragraphs'),
  ].join(', ');
  const title = article.title === null ? null : shown(article.title, MAX_HEADER);
  return [
    ...wrap(source, ctx.width).map((l) => ctx.chalk.bold(l)),
    ...headerLine(ctx, 'Title', title, (l) => ctx.chalk.bold(l)),
    ...headerLine(ctx, 'Dateline', dateline),
    ...headerLine(ctx, 'Byline', byline),
    ...headerLine(ctx, 'Stats', statsText),
  ].map((l) => l.trimEnd()).join('\n') + '\n';
}

function renderAbbreviations(ctx: Ctx, a: Analysis): string {
  return section(ctx, 'Abbreviations', a.abbreviations.length, () =>
    renderGrid(
      ctx,
      [{ head: 'Short' }, { head: 'Expansion' }, { head: 'Source' }, { head: 'Count', align: 'right' },
        { head: 'First', align: 'right' }, { head: 'Defined', align: 'right' }],
      a.abbreviations.map((abbr) => [
        shown(abbr.short),
        abbr.expansion !== null
          ? shown(abbr.expansion)
          : abbr.candidates && abbr.candidates.length > 0
            ? shown(`? ${abbr.candidates.join(' | ')}`)
            : '?',
        abbr.source,
        String(abbr.count),
        String(abbr.first),
        abbr.definedAt === null ? '-' : String(abbr.definedAt),
      ]),
    ),
  );
}

function renderEntities(ctx: Ctx, a: Analysis): string {
  const groups = groupEntities(a.entities);
  const types = entityTypesInOrder(groups);
  let count = 0;
  for (const list of groups.values()) count += list.length;
  return section(ctx, 'Entities', count, () =>
    types
      .map((type) => {
        const list = groups.get(type) ?? [];
        const mentions = list.reduce((sum, g) => sum + g.count, 0);
        const heading = wrap(
          `${type} ${ENTITY_TYPE_NAMES[type] ?? ''} · ${plural(list.length, 'name', 'names')}, ${plural(mentions, 'mention', 'mentions')}`,
          ctx.width,
        ).map((l) => ctx.chalk.bold(l)).join('\n');
        const grid = renderGrid(
          ctx,
          [{ head: 'Name' }, { head: 'Count', align: 'right' }, { head: 'Roles / forms' }],
          list.map((g) => [
            shown(g.name),
            String(g.count),
            shown([...g.roles, ...g.forms.map((f) => `“${f}”`)].join('; ')),
          ]),
        );
        return `${heading}\n${grid}`;
      })
      .join('\n'),
  );
}

function renderNumbers(ctx: Ctx, a: Analysis): string {
  // A range is two mentions (one per end); a reader sees it once, as `120-180` with both values.
  const rows = a.numbers.filter((n) => n.range?.part !== 'to');
  return section(ctx, 'Numbers', rows.length, () =>
    renderGrid(
      ctx,
      [{ head: 'Text' }, { head: 'Value', align: 'right' }, { head: 'Unit' }, { head: 'Qualifier' }, { head: 'Kind' }],
      rows.map((n) => [
        shown(n.text),
        formatViNumber(n.value) + (n.valueTo === undefined ? '' : `–${formatViNumber(n.valueTo)}`),
        shown(n.unit),
        shown(n.qualifier),
        n.kind,
      ]),
    ),
  );
}

function renderDates(ctx: Ctx, a: Analysis): string {
  return section(ctx, 'Dates', a.dates.length, () =>
    renderGrid(
      ctx,
      [{ head: 'Text' }, { head: 'Kind' }, { head: 'Value' }],
      a.dates.map((d) => [
        shown(d.text),
        d.calendar === 'lunar' ? `${d.kind} (lunar)` : d.kind,
        (d.value === null ? '?' : shown(d.value)) + (d.lunar ? ` (lunar ${shown(d.lunar)})` : ''),
      ]),
    ),
  );
}

/**
 * The human view of one analysis: header block, then Abbreviations, Entities (grouped by type),
 * Numbers and Dates, each a table or a `(none)` line. Ends with a newline; no line is wider than
 * `width` (default 80, at least 40) unless a single wide character cannot be split.
 */
export function renderTable(a: Analysis, opts: TableOptions): string {
  const ctx: Ctx = {
    chalk: new Chalk({ level: opts.color ? 1 : 0 }),
    // A terminal may report 0 or nothing usable for its columns: fall back to the default.
    width: Math.max(MIN_WIDTH, Number.isFinite(opts.width) && (opts.width ?? 0) > 0 ? Math.floor(opts.width ?? 0) : DEFAULT_WIDTH),
  };
  return [
    renderHeader(ctx, a),
    renderAbbreviations(ctx, a),
    renderEntities(ctx, a),
    renderNumbers(ctx, a),
    renderDates(ctx, a),
  ].join('\n');
}

export const renderer: RendererFactory = ({ color, width }) => ({ separator: '\n', each: (a) => renderTable(a, { color, ...(width ? { width } : {}) }) });
