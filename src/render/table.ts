// Table renderer: the default human view, a header block and one cli-table3 table per section.
// With the document's text, places are `line:col` and numbers and dates show their context.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Analysis } from '../types.js';
import { abbreviationValue, collapse, dateKey, dateValue, numberKey, numberValue } from './describe.js';
import type { RendererFactory } from './formats.js';
import { ENTITY_TYPE_NAMES, entityTypesInOrder, groupEntities } from './entity-groups.js';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN, renderGrid } from './grid.js';
import { contextAround, createLocator, formatPosition, type Position } from './locate.js';
import { clipInline, plural, statsLine, wrap } from './text.js';

export { fitColumns } from './grid.js';

export interface TableOptions {
  /** Decided by the caller (TTY, --no-color, NO_COLOR); false guarantees no ESC byte in the output. */
  color: boolean;
  /** Terminal columns. Without it (a pipe) the view is laid out for 80 columns. */
  width?: number;
  /**
   * The normalised text the analysis's offsets point into. With it, places are shown as
   * `line:col` of the input (the analysis's `line` is the first, with `--lines`) and numbers and
   * dates get a context column; without it, offsets and no context.
   */
  text?: string;
}

const DEFAULT_WIDTH = 80;
// Narrower than this, no table can show its columns; wider layouts overflow rather than vanish.
const MIN_WIDTH = 40;
// A person reads a title or a cell, not 5 MB of it: longer text is cut (JSON keeps it whole).
const MAX_HEADER = 400;
const MAX_CELL = 160;
// The lead is a paragraph: enough to recognise it, cut between words.
const MAX_LEAD = 400;
// A context: a few words either side of the mention.
const MAX_CONTEXT = 160;
// The header block's label column (`Dateline  `).
const LABEL_WIDTH = 10;

interface Ctx {
  chalk: ChalkInstance;
  width: number;
  color: boolean;
  text: string | null;
  locate: ((offset: number) => Position) | null;
}

// The grid's bold markers, should a cell's own text contain them. Example: `\ue000`.
const PRIVATE_MARKERS = /[\ue000\ue001]/gu;

/** Text as shown in one table cell: one line, terminal-safe, at most MAX_CELL characters. */
function shown(text: string | null | undefined, max = MAX_CELL): string {
  return clipInline(text ?? '', max).replace(PRIVATE_MARKERS, '\ufffd');
}

/** Like shown, but a cut falls between words (`…` marks it). */
function clipWords(text: string, max: number): string {
  const clipped = shown(text, max);
  if (!clipped.endsWith('…') || clipped === shown(text, max + 1)) return clipped;
  const space = clipped.lastIndexOf(' ');
  return space > 0 ? `${clipped.slice(0, space)} …` : clipped;
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
  const statsText = statsLine(stats);
  const title = article.title === null ? null : shown(article.title, MAX_HEADER);
  const lead = article.lead === null ? null : clipWords(article.lead, MAX_LEAD);
  return [
    ...wrap(source, ctx.width).map((l) => ctx.chalk.bold(l)),
    ...headerLine(ctx, 'Title', title, (l) => ctx.chalk.bold(l)),
    ...headerLine(ctx, 'Dateline', dateline),
    ...headerLine(ctx, 'Lead', lead),
    ...headerLine(ctx, 'Captions', String(article.captions.length)),
    ...headerLine(ctx, 'Byline', byline),
    ...headerLine(ctx, 'Stats', statsText),
  ].map((l) => l.trimEnd()).join('\n') + '\n';
}

/** Where an offset is: `line:col` with the text, the bare offset without it (a library caller). */
function at(ctx: Ctx, offset: number | null): string {
  if (offset === null) return '-';
  return ctx.locate ? formatPosition(ctx.locate(offset)) : String(offset);
}

/**
 * The words around a mention, the mention in bold (in brackets without colour), for a cell.
 * Example: `…đã tổ chức hơn **19.700** cuộc triển khai…`.
 */
function contextCell(ctx: Ctx, start: number, end: number): string {
  const c = contextAround(ctx.text ?? '', start, end);
  const [open, close] = ctx.color ? [EMPHASIS_OPEN, EMPHASIS_CLOSE] : ['[', ']'];
  const own = (s: string): string => s.replace(PRIVATE_MARKERS, '\ufffd');
  return clipInline(`${own(c.before)}${open}${own(c.mention)}${close}${own(c.after)}`, MAX_CONTEXT);
}

function renderAbbreviations(ctx: Ctx, a: Analysis): string {
  return section(ctx, 'Abbreviations', a.abbreviations.length, () =>
    renderGrid(
      ctx,
      [{ head: 'Short' }, { head: 'Expansion' }, { head: 'Source' }, { head: 'Count', align: 'right' },
        { head: 'First', align: 'right' }, { head: 'Defined', align: 'right' }],
      a.abbreviations.map((abbr) => [
        shown(abbr.short),
        shown(abbreviationValue(abbr)),
        abbr.source,
        String(abbr.count),
        at(ctx, abbr.first),
        at(ctx, abbr.definedAt),
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
          [{ head: 'Name' }, { head: 'Count', align: 'right' }, { head: 'First', align: 'right' }, { head: 'Roles / forms' }],
          list.map((g) => [
            shown(g.name),
            String(g.count),
            at(ctx, Number.isFinite(g.first) ? g.first : null),
            shown([...g.roles, ...g.forms.map((f) => `“${f}”`)].join('; ')),
          ]),
        );
        return `${heading}\n${grid}`;
      })
      .join('\n'),
  );
}

function renderNumbers(ctx: Ctx, a: Analysis): string {
  // A range is two mentions (one per end); a reader sees it once, by its from end with both values.
  const rows = collapse(a.numbers.filter((n) => n.range?.part !== 'to'), numberKey);
  return section(ctx, 'Numbers', rows.length, () =>
    renderGrid(
      ctx,
      [ctx.text === null ? { head: 'Text' } : { head: 'At', align: 'right' }, { head: 'Value', align: 'right' }, { head: 'Unit' },
        { head: 'Kind' }, { head: 'Count', align: 'right' }, ...(ctx.text === null ? [] : [{ head: 'Context' }])],
      rows.map(({ item: n }, i) => [
        ctx.text === null ? shown(n.text) : at(ctx, n.start),
        shown(numberValue(n)),
        shown(n.unit),
        n.kind,
        String(rows[i]?.indexes.length ?? 1),
        // A range's context marks the whole range (`10-15 tỷ`), as its value gives both ends.
        ...(ctx.text === null ? [] : [contextCell(ctx, n.range?.start ?? n.start, n.range?.end ?? n.end)]),
      ]),
    ),
  );
}

function renderDates(ctx: Ctx, a: Analysis): string {
  const rows = collapse(a.dates, dateKey);
  return section(ctx, 'Dates', rows.length, () =>
    renderGrid(
      ctx,
      [ctx.text === null ? { head: 'Text' } : { head: 'At', align: 'right' }, { head: 'Kind' }, { head: 'Value' },
        { head: 'Count', align: 'right' }, ...(ctx.text === null ? [] : [{ head: 'Context' }])],
      rows.map(({ item: d, indexes }) => [
        ctx.text === null ? shown(d.text) : at(ctx, d.start),
        d.calendar === 'lunar' ? `${d.kind} (lunar)` : d.kind,
        shown(dateValue(d)),
        String(indexes.length),
        ...(ctx.text === null ? [] : [contextCell(ctx, d.start, d.end)]),
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
    color: opts.color,
    text: opts.text ?? null,
    locate: opts.text === undefined ? null : createLocator(opts.text, a.line ?? 1),
  };
  return [
    renderHeader(ctx, a),
    renderAbbreviations(ctx, a),
    renderEntities(ctx, a),
    renderNumbers(ctx, a),
    renderDates(ctx, a),
  ].join('\n');
}

export const renderer: RendererFactory = ({ color, width }) => ({
  separator: '\n',
  each: (a, text) => renderTable(a, { color, text, ...(width ? { width } : {}) }),
});
