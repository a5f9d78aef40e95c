// The tables under an article in the HTML page: the terminal view's sections, each row a link to
// its first mention (the whole row is the link's target area), further mentions linked beside it.
import type { Analysis } from '../types.js';
import { abbreviationValue, collapse, dateKey, dateValue, numberKey, numberValue } from './describe.js';
import { ENTITY_TYPE_NAMES, entityTypesInOrder, groupEntities } from './entity-groups.js';
import { contextAround, formatPosition, type Position } from './locate.js';
import type { Mark } from './marks.js';
import { showControl } from './text.js';

export interface HtmlCtx {
  analysis: Analysis;
  index: number;
  text: string;
  locate: (offset: number) => Position;
}

// Characters that mean something to an HTML parser in text or a quoted attribute.
// Example: `<script>`, `"><img onerror=…>`, `&amp;`.
const HTML_SPECIAL = /[&<>"']/gu;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// Controls (but tab and line feed) and bidirectional overrides: shown, never acted on. Example: `\u001b`.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Text safe for HTML content and for a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(UNSAFE, (c) => (c.charCodeAt(0) >= 0x2000 ? '\ufffd' : showControl(c)))
    .replace(HTML_SPECIAL, (c) => ENTITY[c] ?? c);
}

/** The element id of a mark: `a1-e3-0` (article 1, entity 3, its first mention). */
export function markId(article: number, mark: Pick<Mark, 'kind' | 'ref' | 'mention'>): string {
  const letter = { entity: 'e', date: 'd', number: 'n', abbreviation: 'x' }[mark.kind];
  return `a${article}-${letter}${mark.ref}${mark.kind === 'entity' || mark.kind === 'abbreviation' ? `-${mark.mention}` : ''}`;
}

interface Target {
  id: string;
  offset: number;
}

function at(ctx: HtmlCtx, offset: number): string {
  return formatPosition(ctx.locate(offset));
}

/** The first cell of a row: a link to the first mention, and links to the others. */
function whereCell(ctx: HtmlCtx, targets: readonly Target[]): string {
  const [first, ...rest] = targets;
  if (!first) return '<td class="at">-</td>';
  const more = rest.length === 0 ? '' : `<span class="more">${rest.map((t) => `<a href="#${t.id}">${at(ctx, t.offset)}</a>`).join(' ')}</span>`;
  return `<td class="at"><a class="go" href="#${first.id}">${at(ctx, first.offset)}</a>${more}</td>`;
}

function cells(values: readonly string[]): string {
  return values.map((v) => `<td>${v}</td>`).join('');
}

function countCell(n: number): string {
  return `<td class="n">${n}</td>`;
}

function table(heads: readonly string[], rows: readonly string[]): string {
  return `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function section(title: string, count: number, body: () => string): string {
  return `<h2>${title} (${count})</h2>\n${count === 0 ? '<p class="none">none</p>' : body()}`;
}

function contextCell(ctx: HtmlCtx, start: number, end: number): string {
  const c = contextAround(ctx.text, start, end);
  return `<td class="ctx">${escapeHtml(c.before)}<b>${escapeHtml(c.mention)}</b>${escapeHtml(c.after)}</td>`;
}

function abbreviations(ctx: HtmlCtx): string {
  const list = ctx.analysis.abbreviations;
  return section('Abbreviations', list.length, () =>
    table(
      ['At', 'Short', 'Expansion', 'Source', 'Count', 'Defined'],
      list.map((abbr, ref) => {
        const targets = (abbr.mentions ?? []).map(([offset], mention) => ({ id: markId(ctx.index, { kind: 'abbreviation', ref, mention }), offset }));
        return `<tr class="row">${whereCell(ctx, targets)}${cells([escapeHtml(abbr.short), escapeHtml(abbreviationValue(abbr)), abbr.source])}${countCell(abbr.count)}<td class="n">${abbr.definedAt === null ? '-' : at(ctx, abbr.definedAt)}</td></tr>`;
      }),
    ),
  );
}

function entities(ctx: HtmlCtx): string {
  const all = ctx.analysis.entities;
  const groups = groupEntities(all);
  let count = 0;
  for (const list of groups.values()) count += list.length;
  // Every mention of every entity of a group (groupEntities' key: type and canonical name).
  const byGroup = new Map<string, Target[]>();
  all.forEach((e, ref) => {
    const key = `${e.type}\u0000${e.canonical ?? e.text}`;
    const targets = byGroup.get(key) ?? [];
    e.mentions.forEach(([offset], mention) => targets.push({ id: markId(ctx.index, { kind: 'entity', ref, mention }), offset }));
    byGroup.set(key, targets);
  });
  return section('Entities', count, () =>
    entityTypesInOrder(groups)
      .map((type) => {
        const list = groups.get(type) ?? [];
        const rows = list.map((g) => {
          const targets = (byGroup.get(`${g.type}\u0000${g.name}`) ?? []).sort((x, y) => x.offset - y.offset);
          const forms = [...g.roles, ...g.forms.map((f) => `“${f}”`)].join('; ');
          return `<tr class="row">${whereCell(ctx, targets)}${cells([escapeHtml(g.name)])}${countCell(g.count)}${cells([escapeHtml(forms)])}</tr>`;
        });
        return `<h3>${type} ${ENTITY_TYPE_NAMES[type] ?? ''}</h3>\n${table(['At', 'Name', 'Count', 'Roles / forms'], rows)}`;
      })
      .join('\n'),
  );
}

function numbers(ctx: HtmlCtx): string {
  const list = ctx.analysis.numbers;
  // A range is two mentions (one per end); a reader sees it once, by its from end with both
  // values, in the context of the whole range. The second end keeps its mark in the text.
  const rows = collapse(list, (n) => `${numberKey(n)}\u0000${n.range?.part ?? ''}`).filter(({ item }) => item.range?.part !== 'to');
  return section('Numbers', rows.length, () =>
    table(
      ['At', 'Value', 'Unit', 'Kind', 'Count', 'Context'],
      rows.map(({ item: n, indexes }) => {
        const targets = indexes.map((ref) => ({ id: markId(ctx.index, { kind: 'number', ref, mention: 0 }), offset: list[ref]!.start }));
        return `<tr class="row">${whereCell(ctx, targets)}<td class="n">${escapeHtml(numberValue(n))}</td>${cells([escapeHtml(n.unit ?? ''), n.kind])}${countCell(indexes.length)}${contextCell(ctx, n.range?.start ?? n.start, n.range?.end ?? n.end)}</tr>`;
      }),
    ),
  );
}

function dates(ctx: HtmlCtx): string {
  const list = ctx.analysis.dates;
  const rows = collapse(list, dateKey);
  return section('Dates', rows.length, () =>
    table(
      ['At', 'Kind', 'Value', 'Count', 'Context'],
      rows.map(({ item: d, indexes }) => {
        const targets = indexes.map((ref) => ({ id: markId(ctx.index, { kind: 'date', ref, mention: 0 }), offset: list[ref]!.start }));
        const kind = d.calendar === 'lunar' ? `${d.kind} (lunar)` : d.kind;
        return `<tr class="row">${whereCell(ctx, targets)}${cells([kind, escapeHtml(dateValue(d))])}${countCell(indexes.length)}${contextCell(ctx, d.start, d.end)}</tr>`;
      }),
    ),
  );
}

/** The findings' tables of one article. */
export function renderFindings(ctx: HtmlCtx): string {
  return `<section class="findings">\n${[abbreviations(ctx), entities(ctx), numbers(ctx), dates(ctx)].join('\n')}\n</section>`;
}
