// Markdown renderer: one analysis as a GitHub-flavoured Markdown report (heading, header list,
// one table per section), for pasting into an issue, a wiki or a newsroom's notes.
import type { Analysis } from '../types.js';
import type { RendererFactory } from './formats.js';
import { ENTITY_TYPE_NAMES, entityTypesInOrder, groupEntities } from './entity-groups.js';
import { cleanInline, formatViNumber, plural, statsLine } from './text.js';

// Characters that start inline Markdown (emphasis, code, links, HTML, entities, GFM
// strikethrough, GitHub math) or end a table cell (`|`): escaped with a backslash, which
// CommonMark allows before any ASCII punctuation. Example: `a|b *c*` → `a\|b \*c\*`.
// Block-level markers (`#`, `-`, `1.`) need no escape: text never starts a line here.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&|~$]/gu;

/** Text for inline Markdown on one line: controls visible, whitespace collapsed, specials escaped. */
export function escapeInline(text: string): string {
  return cleanInline(text).replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** A table cell: as escapeInline, but a line break inside the text becomes `<br>` (GFM cells are one line). */
export function escapeCell(text: string | null | undefined): string {
  // Any line break, CRLF as one. Example: `dòng một\r\ndòng hai`.
  return (text ?? '')
    .split(/\r\n|[\n\r\u2028\u2029]/u)
    .map(escapeInline)
    .join('<br>');
}


interface Column {
  head: string;
  right?: boolean;
}

function table(columns: readonly Column[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [
    line(columns.map((c) => c.head)),
    line(columns.map((c) => (c.right ? '---:' : '---'))),
    ...rows.map(line),
  ].join('\n');
}

function section(title: string, count: number, body: () => string): string {
  return `## ${title} (${count})\n\n${count === 0 ? '_None._' : body()}\n`;
}

function renderHeader(a: Analysis): string {
  const { article, stats } = a;
  const where = `${a.source === '-' ? 'standard input' : a.source}${a.line === undefined ? '' : `, line ${a.line}`}`;
  const heading = article.title !== null && cleanInline(article.title) !== '' ? article.title : where;
  const items = [`- **Source:** ${escapeInline(a.source)}${a.line === undefined ? '' : ` (line ${a.line})`}`];
  if (article.dateline) {
    const value = article.dateline.value === null ? '' : ` (${escapeInline(article.dateline.value)})`;
    items.push(`- **Dateline:** ${escapeInline(article.dateline.text)}${value}`);
  }
  if (article.byline) {
    const authors = article.byline.authors.length > 0 ? ` (by ${escapeInline(article.byline.authors.join(', '))})` : '';
    items.push(`- **Byline:** ${escapeInline(article.byline.text)}${authors}`);
  }
  items.push(
    `- **Stats:** ${statsLine(stats)}`,
  );
  return `# ${escapeInline(heading)}\n\n${items.join('\n')}\n`;
}

function renderAbbreviations(a: Analysis): string {
  return section('Abbreviations', a.abbreviations.length, () =>
    table(
      [{ head: 'Short' }, { head: 'Expansion' }, { head: 'Source' }, { head: 'Count', right: true },
        { head: 'First', right: true }, { head: 'Defined', right: true }],
      a.abbreviations.map((abbr) => [
        escapeCell(abbr.short),
        abbr.expansion !== null
          ? escapeCell(abbr.expansion)
          : abbr.candidates && abbr.candidates.length > 0
            ? `? ${escapeCell(abbr.candidates.join(' | '))}`
            : '?',
        abbr.source,
        String(abbr.count),
        String(abbr.first),
        abbr.definedAt === null ? '-' : String(abbr.definedAt),
      ]),
    ),
  );
}

function renderEntities(a: Analysis): string {
  const groups = groupEntities(a.entities);
  const types = entityTypesInOrder(groups);
  let count = 0;
  for (const list of groups.values()) count += list.length;
  return section('Entities', count, () =>
    types
      .map((type) => {
        const list = groups.get(type) ?? [];
        const mentions = list.reduce((sum, g) => sum + g.count, 0);
        const heading = `### ${type}: ${ENTITY_TYPE_NAMES[type] ?? ''} (${plural(list.length, 'name', 'names')}, ${plural(mentions, 'mention', 'mentions')})`;
        const grid = table(
          [{ head: 'Name' }, { head: 'Count', right: true }, { head: 'Roles / forms' }],
          list.map((g) => [
            escapeCell(g.name),
            String(g.count),
            escapeCell([...g.roles, ...g.forms.map((f) => `“${f}”`)].join('; ')),
          ]),
        );
        return `${heading}\n\n${grid}\n`;
      })
      .join('\n')
      .trimEnd(),
  );
}

/** A number's text; a range's whole text (`10-15 tỷ`) when the document's text is at hand. */
function numberText(n: Analysis['numbers'][number], text: string | undefined): string {
  return n.range && text !== undefined && n.range.end <= text.length ? text.slice(n.range.start, n.range.end) : n.text;
}

function renderNumbers(a: Analysis, text: string | undefined): string {
  // A range is two mentions (one per end); a reader sees it once, with both values.
  const rows = a.numbers.filter((n) => n.range?.part !== 'to');
  return section('Numbers', rows.length, () =>
    table(
      [{ head: 'Text' }, { head: 'Value', right: true }, { head: 'Unit' }, { head: 'Qualifier' }, { head: 'Kind' }],
      rows.map((n) => [
        escapeCell(numberText(n, text)),
        formatViNumber(n.value) + (n.valueTo === undefined ? '' : `–${formatViNumber(n.valueTo)}`),
        escapeCell(n.unit),
        escapeCell(n.qualifier),
        n.kind,
      ]),
    ),
  );
}

function renderDates(a: Analysis): string {
  return section('Dates', a.dates.length, () =>
    table(
      [{ head: 'Text' }, { head: 'Kind' }, { head: 'Value' }],
      a.dates.map((d) => [
        escapeCell(d.text),
        d.calendar === 'lunar' ? `${d.kind} (lunar)` : d.kind,
        (d.value === null ? '?' : escapeCell(d.value)) + (d.lunar ? ` (lunar ${escapeCell(d.lunar)})` : ''),
      ]),
    ),
  );
}

/**
 * A Markdown report of one analysis, ending with a newline. Text is never cut (unlike the
 * terminal table): the report is a document, and GitHub wraps long cells itself. `text`, the
 * document the offsets point into, lets a number range show its whole text.
 */
export function renderMarkdown(a: Analysis, text?: string): string {
  return [renderHeader(a), renderAbbreviations(a), renderEntities(a), renderNumbers(a, text), renderDates(a)].join('\n');
}

export const renderer: RendererFactory = () => ({ separator: '\n', each: renderMarkdown });
