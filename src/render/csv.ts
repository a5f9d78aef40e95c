// CSV renderer: every section of every analysis as rows of one table, told apart by `section`.
//
// Columns (one header for the whole run; a cell that does not apply is empty):
//   source     the input's name (`-` for stdin)
//   line       the input line number with --lines, else empty
//   section    article | stats | abbreviation | entity | number | date
//   text       the text as written (article part, abbreviation, entity mention, number, date)
//   start,end  [start, end) string offsets of that text in the normalised input; empty for
//              article and stats rows (ArticleInfo has no offsets). For abbreviation and entity
//              rows: the first mention.
//   value      article: dateline value, or byline authors joined by `; `;
//              stats: the count; entity: canonical name;
//              number: the value in plain machine notation (`19700`, `3.2`), a range as `10/15`,
//              empty when not finite (a 100 000-digit run); date: the ISO 8601 / TIMEX3 value.
//              A range (two mentions in the analysis, one per end) is one row: with the document's
//              text at hand (the CLI always has it) its text and offsets are the whole range's
//              (`10-15 tỷ`), without it those of its first end (`10`)
//   unit       number: unit word (`cuộc`); date: `lunar` for lunar-calendar mentions
//   qualifier  number: `hơn`, `gần`, …; entity: roles joined by `; `; date: the lunar date
//   kind       article: title | dateline | lead | caption | byline | trailer | paragraphs;
//              stats: characters | syllables | words | sentences | paragraphs;
//              abbreviation: its source (inline | builtin | user | unknown); number and date: kind
//   type       entity: PER | ORG | LOC | MISC
//   expansion  abbreviation: the expansion (empty when unknown or ambiguous)
//   count      abbreviation and entity: number of mentions (one row per entity, not per mention;
//              every mention's offsets are in the JSON output)
//
// Quoting follows RFC 4180: records end in CRLF; a field containing `,`, `"`, CR or LF is quoted
// and its quotes doubled. Formula guarding is off by default: this is a data tool, and a `'`
// prefix would change the text so that it no longer equals input.slice(start, end). Spreadsheet
// users can ask for it with `guardFormulas` (see below). Control characters other than TAB, LF
// and CR (ESC above all: the input stage lets it through) are written as their visible Unicode
// Control Pictures (`␛`), one code unit each, so a CSV shown in a terminal carries no escape
// sequence and offsets still match the text's length.
import type { Analysis } from '../types.js';
import type { RendererFactory } from './formats.js';
import { showControl } from './text.js';

export const CSV_COLUMNS = [
  'source', 'line', 'section', 'text', 'start', 'end', 'value',
  'unit', 'qualifier', 'kind', 'type', 'expansion', 'count',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null | undefined>>;

export interface CsvOptions {
  /**
   * Prefix `'` to a cell that starts with `=`, `+`, `-`, `@`, TAB or CR, so a spreadsheet shows
   * it as text instead of running it as a formula (OWASP "CSV injection"). Cells that are plain
   * numbers (`-5`, `+3.2`, `1e21`) and a lone `-` (stdin's source name) are left alone: a
   * spreadsheet reads them as values, not formulas.
   */
  guardFormulas?: boolean;
  /** The normalised text the analysis's offsets point into: a range's row then shows the whole range. */
  text?: string;
}

const EOL = '\r\n';

// A field needs quotes when it holds the delimiter, a quote or a line break. Example: `Bài, ảnh`.
const NEEDS_QUOTES = /[",\r\n]/u;
// Cells a spreadsheet would evaluate. Example: `=HYPERLINK("http://x")`, `@SUM(A1)`, `-2+3`.
const FORMULA_START = /^[=+\-@\t\r]/u;
// A plain decimal number, which a spreadsheet reads as a value. Example: `-5`, `3.2`, `1e+21`.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/u;

// Example: `\u001b[31m`.
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

export function escapeField(raw: string, guard: boolean): string {
  let field = raw.replace(TERMINAL_CONTROL, showControl);
  // A lone `-` (the source name of stdin) or `+` is shown as text by spreadsheets already.
  if (guard && field.length > 1 && FORMULA_START.test(field) && !PLAIN_NUMBER.test(field)) field = `'${field}`;
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value;
}

function formatRow(row: Row, guard: boolean): string {
  return CSV_COLUMNS.map((column) => escapeField(cell(row[column]), guard)).join(',') + EOL;
}

/** The header record, CRLF-terminated. Write it once, then `renderCsvRows` for each analysis. */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + EOL;
}

function firstMention(mentions: readonly [number, number][]): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const m of mentions) if (best === undefined || m[0] < best[0]) best = m;
  return best;
}

function articleRows(a: Analysis): Row[] {
  const { article } = a;
  const rows: Row[] = [];
  if (article.dateline) rows.push({ kind: 'dateline', text: article.dateline.text, value: article.dateline.value });
  if (article.title !== null) rows.push({ kind: 'title', text: article.title });
  if (article.lead !== null) rows.push({ kind: 'lead', text: article.lead });
  for (const caption of article.captions) rows.push({ kind: 'caption', text: caption });
  if (article.byline) rows.push({ kind: 'byline', text: article.byline.text, value: article.byline.authors.join('; ') });
  if (article.trailer) rows.push({ kind: 'trailer', text: article.trailer });
  rows.push({ kind: 'paragraphs', value: article.paragraphs });
  return rows.map((row) => ({ ...row, section: 'article' }));
}

function statsRows(a: Analysis): Row[] {
  const { stats } = a;
  return (['characters', 'syllables', 'words', 'sentences', 'paragraphs'] as const).map((kind) => ({
    section: 'stats',
    kind,
    value: stats[kind],
  }));
}

function abbreviationRows(a: Analysis): Row[] {
  return a.abbreviations.map((abbr) => {
    const at = abbr.mentions.find((m) => m[0] === abbr.first);
    return {
      section: 'abbreviation',
      text: abbr.short,
      start: abbr.first,
      end: at ? at[1] : abbr.first + abbr.short.length,
      kind: abbr.source,
      expansion: abbr.expansion,
      count: abbr.count,
    };
  });
}

function entityRows(a: Analysis): Row[] {
  return a.entities.map((entity) => {
    const first = firstMention(entity.mentions);
    return {
      section: 'entity',
      text: entity.text,
      start: first?.[0],
      end: first?.[1],
      value: entity.canonical,
      qualifier: entity.roles?.join('; '),
      type: entity.type,
      count: entity.count,
    };
  });
}

function numberValue(value: number, valueTo: number | undefined): string {
  const from = cell(value);
  if (valueTo === undefined || from === '') return from;
  const to = cell(valueTo);
  return to === '' ? from : `${from}/${to}`;
}

function numberRows(a: Analysis, text: string | undefined): Row[] {
  const rows: Row[] = [];
  for (const n of a.numbers) {
    // A range is read once, by its `from` end, which carries both values.
    if (n.range?.part === 'to') continue;
    const whole = n.range && text !== undefined && n.range.end <= text.length ? n.range : null;
    rows.push({
      section: 'number',
      text: whole ? text!.slice(whole.start, whole.end) : n.text,
      start: whole ? whole.start : n.start,
      end: whole ? whole.end : n.end,
      value: numberValue(n.value, n.valueTo),
      unit: n.unit,
      qualifier: n.qualifier,
      kind: n.kind,
    });
  }
  return rows;
}

function dateRows(a: Analysis): Row[] {
  return a.dates.map((d) => ({
    section: 'date',
    text: d.text,
    start: d.start,
    end: d.end,
    value: d.value,
    unit: d.calendar,
    qualifier: d.lunar,
    kind: d.kind,
  }));
}

/** Every row of one analysis (no header), each CRLF-terminated, in section order. */
export function renderCsvRows(a: Analysis, options: CsvOptions = {}): string {
  const guard = options.guardFormulas === true;
  const common: Row = { source: a.source, line: a.line };
  const rows = [
    ...articleRows(a),
    ...statsRows(a),
    ...abbreviationRows(a),
    ...entityRows(a),
    ...numberRows(a, options.text),
    ...dateRows(a),
  ];
  let out = '';
  for (const row of rows) out += formatRow({ ...common, ...row }, guard);
  return out;
}

/** Header plus rows for a whole run, for callers that do not stream. */
export function renderCsv(list: readonly Analysis[], options: CsvOptions = {}): string {
  return csvHeader() + list.map((a) => renderCsvRows(a, options)).join('');
}

export const renderer: RendererFactory = () => ({ header: csvHeader(), separator: '', each: (a, text) => renderCsvRows(a, { text }) });
