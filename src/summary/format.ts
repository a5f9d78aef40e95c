// The summary's output formats: pure functions from a Summary to a string, in one registry
// (SUMMARY_FORMATS) that the CLI's `summary --format` reads; a new format (html) is one entry.
import { escapeField } from '../render/csv.js';
import { stringifySafe } from '../render/json.js';
import { escapeCell } from '../render/markdown.js';
import { clipInline, formatViNumber } from '../render/text.js';
import type { Summary } from './types.js';

export interface SummaryFormatOptions {
  /** Decided by the caller; false guarantees no ESC byte in the output. */
  color: boolean;
  /** Rows per section for the human formats (table, markdown); json and csv carry every row. */
  top: number;
}

export type SummaryFormatter = (summary: Summary, options: SummaryFormatOptions) => string | Promise<string>;

/** A section as a title, column names and rows of cells, shared by the human formats. */
interface Section {
  title: string;
  head: string[];
  rows: string[][];
  /** Rows left out by `top`. */
  more: number;
}

const CELL = 60;

function roleList(list: { role: string; articles: number }[]): string {
  return list.map((r) => `${r.role} (${r.articles})`).join('; ');
}

function expansionList(list: { expansion: string | null; articles: number }[]): string {
  return list.map((e) => `${e.expansion ?? '(ambiguous)'} (${e.articles})`).join('; ');
}

function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatViNumber(value);
}

function sections(s: Summary, top: number): Section[] {
  const take = <T>(list: T[]) => ({ list: list.slice(0, top), more: Math.max(0, list.length - top) });
  const entities = take(s.entities);
  const known = take(s.abbreviations.known);
  const unknown = take(s.abbreviations.unknown);
  const numbers = take(s.numbers);
  return [
    { title: 'Entities', head: ['Name', 'Type', 'Articles', 'Mentions', 'Roles'], rows: entities.list.map((e) => [e.name, e.type, String(e.articles), String(e.mentions), roleList(e.roles)]), more: entities.more },
    { title: 'Abbreviations', head: ['Short', 'Articles', 'Mentions', 'Expansions'], rows: known.list.map((a) => [a.short, String(a.articles), String(a.mentions), expansionList(a.expansions)]), more: known.more },
    { title: 'Unknown abbreviations', head: ['Short', 'Mentions', 'Articles'], rows: unknown.list.map((a) => [a.short, String(a.mentions), String(a.articles)]), more: unknown.more },
    // The timeline is short (months) and read whole.
    { title: 'Timeline (dates mentioned)', head: ['Month', 'Articles', 'Mentions'], rows: s.timeline.map((m) => [m.month, String(m.articles), String(m.mentions)]), more: 0 },
    { title: 'Numbers', head: ['Kind', 'Unit', 'Articles', 'Mentions', 'Min', 'Max', 'Total'], rows: numbers.list.map((n) => [n.kind, n.unit ?? '', String(n.articles), String(n.mentions), num(n.min), num(n.max), num(n.total)]), more: numbers.more },
  ];
}

function heading(s: Summary): string {
  return `${s.articles} ${s.articles === 1 ? 'article' : 'articles'}${s.failed > 0 ? `, ${s.failed} failed` : ''}`;
}

async function renderTable(s: Summary, options: SummaryFormatOptions): Promise<string> {
  const [{ default: Table }, { Chalk }] = await Promise.all([import('cli-table3'), import('chalk')]);
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  let out = `${chalk.bold('Summary')}: ${heading(s)}\n`;
  for (const section of sections(s, options.top)) {
    if (section.rows.length === 0) continue;
    const table = new Table({ head: section.head.map((h) => chalk.bold(h)), style: options.color ? {} : { head: [], border: [] } });
    for (const row of section.rows) table.push(row.map((cell) => clipInline(cell, CELL)));
    out += `\n${chalk.bold(section.title)}\n${table.toString()}\n${section.more > 0 ? `… ${section.more} more (--top, or --format json)\n` : ''}`;
  }
  return out;
}

function renderMarkdown(s: Summary, options: SummaryFormatOptions): string {
  let out = `# Summary\n\n${heading(s)}\n`;
  for (const section of sections(s, options.top)) {
    if (section.rows.length === 0) continue;
    out += `\n## ${section.title}\n\n| ${section.head.join(' | ')} |\n|${section.head.map(() => ' --- |').join('')}\n`;
    for (const row of section.rows) out += `| ${row.map((cell) => escapeCell(cell)).join(' | ')} |\n`;
    if (section.more > 0) out += `\n… ${section.more} more\n`;
  }
  return out;
}

export const SUMMARY_CSV_COLUMNS = ['section', 'name', 'type', 'articles', 'mentions', 'detail', 'min', 'max', 'total'] as const;

/**
 * One table, rows told apart by `section`: entity (type PER…, detail the roles), abbreviation
 * (detail the expansions), unknown-abbreviation, month (name `2023-12`), number (type the kind,
 * name the unit). Numbers in plain machine notation. RFC 4180, CRLF, like `analyze --format csv`.
 */
function renderCsv(s: Summary): string {
  const rows: (string | number | null | undefined)[][] = [
    ...s.entities.map((e) => ['entity', e.name, e.type, e.articles, e.mentions, roleList(e.roles)]),
    ...s.abbreviations.known.map((a) => ['abbreviation', a.short, '', a.articles, a.mentions, expansionList(a.expansions)]),
    ...s.abbreviations.unknown.map((a) => ['unknown-abbreviation', a.short, '', a.articles, a.mentions]),
    ...s.timeline.map((m) => ['month', m.month, '', m.articles, m.mentions]),
    ...s.numbers.map((n) => ['number', n.unit ?? '', n.kind, n.articles, n.mentions, '', n.min, n.max, n.total]),
  ];
  const line = (cells: readonly (string | number | null | undefined)[]) =>
    SUMMARY_CSV_COLUMNS.map((_, i) => {
      const v = cells[i];
      return escapeField(v === null || v === undefined ? '' : typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v, false);
    }).join(',') + '\r\n';
  return line(SUMMARY_CSV_COLUMNS) + rows.map(line).join('');
}

/** Every summary format by its --format name. */
export const SUMMARY_FORMATS: Record<string, SummaryFormatter> = {
  table: renderTable,
  json: (s) => `${stringifySafe(s, 2)}\n`,
  csv: renderCsv,
  markdown: renderMarkdown,
};
