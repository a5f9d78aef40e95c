// HTML renderer: one self-contained page for a run (no network, no script), each article with
// its parts and the findings marked in place, then the tables of the terminal view; a click on a
// row scrolls to its mention. Everything shown is the analysis plus the text its offsets point
// into: the page is a view, it finds nothing itself. The text is inert: every character of it is
// escaped, it never reaches an attribute other than as escaped data, and the page's
// Content-Security-Policy forbids every script, so a `<script>` in an article is only text.
import type { Analysis, ArticleInfo } from '../types.js';
import { abbreviationValue, dateTip, numberTip } from './describe.js';
import type { RendererFactory } from './formats.js';
import { escapeHtml, markId, renderFindings, type HtmlCtx } from './html-tables.js';
import { PAGE_STYLE } from './html-style.js';
import { createLocator } from './locate.js';
import { collectMarks, nestMarks, walkMarks, type Mark, type MarkNode } from './marks.js';
import { statsLine } from './text.js';

export interface HtmlArticleOptions {
  /** 1-based position of the article in the page; ids of its marks start with `a<index>-`. */
  index: number;
}

const LEGEND = [
  ['m ent PER', 'PER', 'person'],
  ['m ent ORG', 'ORG', 'organisation'],
  ['m ent LOC', 'LOC', 'place'],
  ['m ent MISC', 'MISC', 'other name'],
  ['m num', '', 'number'],
  ['m date', '', 'date'],
  ['m abbr', '', 'abbreviation'],
];

/** The page up to the first article: a head with the style sheet and a legend of the marks. */
export function htmlHead(): string {
  const legend = LEGEND.map(([cls, type, name]) =>
    `<span><span class="${cls}"${type ? ` data-type="${type}"` : ''}>${name}</span></span>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    // No script of any origin, nothing fetched: only this page's own inline style.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="article-analyze">',
    '<title>article-analyze</title>',
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    `<div class="legend" aria-label="Marks">${legend}<span>Hover or focus a mark for its value; click a table row to go to its mention.</span></div>`,
    '',
  ].join('\n');
}

export function htmlFoot(): string {
  return '</body>\n</html>\n';
}

type PartKind = 'dateline' | 'title' | 'lead' | 'caption' | 'body' | 'byline' | 'trailer';

const PART_LABEL: Record<PartKind, string> = {
  dateline: 'Dateline', title: 'Title', lead: 'Lead', caption: 'Caption', body: 'Body', byline: 'Byline', trailer: 'Trailer',
};

// Whitespace runs other than one plain space (that one is already squashed), to compare a block
// with the part texts the analysis gives. Example: `a \n b`. Skipping the single spaces makes a
// 5 MB `a a a …` block cost 0.1 s, not 1 s of garbage collection.
const WHITESPACE = /\s{2,}|[^\S ]/gu;
const squash = (s: string): string => s.replace(WHITESPACE, ' ').trim();

/** Part kinds by their text as the analysis gives it (`article.title`, …). */
function partsByText(article: ArticleInfo): Map<string, PartKind> {
  const kinds = new Map<string, PartKind>();
  const add = (text: string | null | undefined, kind: PartKind): void => {
    if (!text) return;
    // Squashed once: on a 5 MB part every squash costs a second of garbage collection.
    const key = squash(text);
    if (key !== '' && !kinds.has(key)) kinds.set(key, kind);
  };
  add(article.dateline?.text, 'dateline');
  add(article.title, 'title');
  add(article.lead, 'lead');
  for (const caption of article.captions) add(caption, 'caption');
  add(article.byline?.text, 'byline');
  add(article.trailer, 'trailer');
  return kinds;
}

interface Block {
  start: number;
  end: number;
  kind: PartKind;
}

// A blank line between blocks. Example: `…lao động.\n\nTheo bà…`, `\n \n`.
const BLANK_LINE = /\n[ \t]*\n\s*/gu;

/**
 * The text cut where a reader sees blocks (blank lines; every line when there are none, as in
 * a copied page without them), each named by the part whose text it is, `body` otherwise.
 */
function blocks(text: string, article: ArticleInfo): Block[] {
  const kinds = partsByText(article);
  // A block far longer than every part is body: no need to squash a 5 MB block to know that.
  let longest = 0;
  for (const key of kinds.keys()) longest = Math.max(longest, key.length);
  const kindOf = (start: number, end: number): PartKind =>
    end - start > 2 * longest + 64 ? 'body' : (kinds.get(squash(text.slice(start, end))) ?? 'body');
  const cuts: [number, number][] = [];
  let from = 0;
  const separator = text.search(/\n[ \t]*\n/u) === -1 ? /\n\s*/gu : BLANK_LINE;
  for (const m of text.matchAll(separator)) {
    cuts.push([from, m.index ?? 0]);
    from = (m.index ?? 0) + m[0].length;
  }
  cuts.push([from, text.length]);
  return cuts
    .map(([start, end]) => {
      // Trimmed, so a block's leading and trailing spaces do not become empty lines.
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      return { start, end, kind: kindOf(start, end) };
    })
    .filter((b) => b.end > b.start);
}

/** One mark's element: class by kind, its id (first piece only), its value as a tooltip. */
function openMark(ctx: HtmlCtx, node: MarkNode): string {
  const { mark } = node;
  const tip = tipOf(ctx.analysis, mark);
  const id = node.head ? ` id="${markId(ctx.index, mark)}"` : '';
  const cls = mark.kind === 'entity' ? `m ent ${mark.type ?? 'MISC'}` : `m ${mark.kind === 'abbreviation' ? 'abbr' : mark.kind === 'number' ? 'num' : 'date'}`;
  const type = mark.kind === 'entity' ? ` data-type="${escapeHtml(mark.type ?? 'MISC')}"` : '';
  return `<mark class="${cls}"${id}${type} data-tip="${escapeHtml(tip)}" tabindex="0">`;
}

function tipOf(a: Analysis, mark: Mark): string {
  switch (mark.kind) {
    case 'entity': {
      const e = a.entities[mark.ref]!;
      const name = e.canonical ?? e.text;
      return [`${e.type} · ${name}`, ...(e.roles ?? [])].join(' · ');
    }
    case 'number': return numberTip(a.numbers[mark.ref]!);
    case 'date': return dateTip(a.dates[mark.ref]!);
    case 'abbreviation': {
      const abbr = a.abbreviations[mark.ref]!;
      return `${abbr.short} = ${abbreviationValue(abbr)} (${abbr.source})`;
    }
  }
}

function renderBlock(ctx: HtmlCtx, marks: readonly Mark[], block: Block): string {
  const out: string[] = [];
  walkMarks(nestMarks(marks, block.start, block.end), block.start, block.end, {
    text: (start, end) => out.push(escapeHtml(ctx.text.slice(start, end)).replace(/\n/gu, '<br>\n')),
    open: (node) => out.push(openMark(ctx, node)),
    close: () => out.push('</mark>'),
  });
  const tag = block.kind === 'title' ? 'h2' : 'p';
  return `<${tag} class="part part-${block.kind}" data-part="${PART_LABEL[block.kind]}">${out.join('')}</${tag}>`;
}


function renderMeta(a: Analysis): string {
  const { article, stats } = a;
  const row = (label: string, value: string): string => `<dt>${label}</dt><dd>${value}</dd>`;
  const none = '<span class="none">none</span>';
  const dateline = article.dateline
    ? escapeHtml(article.dateline.text) + (article.dateline.value ? ` (${escapeHtml(article.dateline.value)})` : '')
    : none;
  const byline = article.byline
    ? escapeHtml(article.byline.text) + (article.byline.authors.length > 0 ? ` (by ${escapeHtml(article.byline.authors.join(', '))})` : '')
    : none;
  const statsText = statsLine(stats);
  return `<dl class="meta">${[
    row('Dateline', dateline),
    row('Byline', byline),
    row('Captions', String(article.captions.length)),
    row('Stats', statsText),
  ].join('')}</dl>`;
}

/**
 * One article of the page: its source, header facts, its text in blocks with every mention
 * marked, then the findings' tables. `text` is the normalised text the analysis's offsets point
 * into. Ends with a newline.
 */
export function renderHtmlArticle(a: Analysis, text: string, opts: HtmlArticleOptions): string {
  const ctx: HtmlCtx = { analysis: a, index: opts.index, text, locate: createLocator(text, a.line ?? 1) };
  const marks = collectMarks(a);
  const source = a.line === undefined ? a.source : `${a.source}:${a.line}`;
  const body = blocks(text, a.article).map((b) => renderBlock(ctx, marks, b)).join('\n');
  return [
    `<article class="doc" id="a${opts.index}">`,
    `<h1 class="source">${escapeHtml(source)}</h1>`,
    renderMeta(a),
    `<div class="text">\n${body}\n</div>`,
    renderFindings(ctx),
    '</article>',
    '',
  ].join('\n');
}

/** The whole page for a list of analyses with their texts (the library's entry; the CLI streams). */
export function renderHtml(docs: readonly { analysis: Analysis; text: string }[]): string {
  return htmlHead() + docs.map((d, i) => renderHtmlArticle(d.analysis, d.text, { index: i + 1 })).join('') + htmlFoot();
}

/** One page for the run: the head first, each article as it is done, the end last. */
export const renderer: RendererFactory = () => {
  let index = 0;
  return { header: htmlHead(), separator: '', each: (a, text) => renderHtmlArticle(a, text, { index: ++index }), footer: htmlFoot() };
};
