// The parts of a news article as Vietnamese online papers lay it out in plain text: dateline,
// title, lead (sapo), photo captions, body paragraphs, byline, and the site's trailer
// (`Chia sẻ bài viết`, `Tin liên quan`, …). Text without that shape is all body paragraphs.
// parseArticle runs the steps below in order over the text's blocks; each step names the blocks
// it recognises and may cut a line off a block when a paper prints two parts in one block.
import type { ArticleInfo, Part, Span } from '../types.js';
import { DIGIT, UPPER } from '../lexicon/letters.js';
import { cutFirstLine, cutLastLine, splitBlocks } from './blocks.js';
import { parseByline, parseBylineLine } from './byline.js';
import { endsWithCredit, looksLikeCaption, looksLikeCaptionWithCredit } from './captions.js';
import { countSyllables, isTrailer } from './markers.js';

export { splitBlocks } from './blocks.js';
export { parseByline } from './byline.js';

// A title opens with a capital, a digit, a quote or a bracket.
// Example: `Cần Thơ: …`, `10 năm …`, `“Mái ấm công đoàn” …`
const TITLE_START = new RegExp(String.raw`^[${UPPER}${DIGIT}"“'‘(\[«]`, 'u');

function isTitleLike(block: string): boolean {
  if (block.includes('\n') || block.length > 300) return false;
  if (/[.;,:]$/u.test(block) && !block.endsWith('...')) return false;
  if (!TITLE_START.test(block)) return false;
  const syllables = countSyllables(block);
  return syllables >= 2 && syllables <= 45;
}

/**
 * Reads a whole block as a dateline (`Thứ Hai, 04/12/2023 07:09 (GMT+7)`) or returns null. The
 * date reader is the date extractor's (extract/dates parseDateline); the kernel passes it in, so
 * this layer needs no date grammar of its own and does not import a later stage.
 */
export type DatelineReader = (line: string) => { text: string; value: string } | null;

export interface ArticleStructure {
  parts: Part[];
  info: ArticleInfo;
  /** Offsets of each byline author's name in the text. */
  authorSpans: { name: string; start: number; end: number }[];
}

/** The blocks with the kind given so far, and the range still open: [first, last]. */
interface Layout {
  text: string;
  blocks: Span[];
  kinds: (Part['kind'] | undefined)[];
  first: number;
  last: number;
  dateline: ArticleInfo['dateline'];
  byline: ArticleInfo['byline'];
  parseDateline: DatelineReader;
}

const slice = (l: Layout, k: number): string => l.text.slice(l.blocks[k]!.start, l.blocks[k]!.end);

/** Replaces block k by two blocks (a line cut off it), keeping the open range in step. */
function cut(l: Layout, k: number, parts: [Span, Span]): void {
  l.blocks.splice(k, 1, parts[0], parts[1]);
  l.kinds.splice(k, 1, undefined, undefined);
  if (k <= l.last) l.last++;
}

/** The trailer: from the first trailer label among the last blocks to the end. */
function findTrailer(l: Layout): void {
  const floor = Math.max(1, l.blocks.length - 12);
  for (let k = floor; k <= l.last; k++) {
    if (isTrailer(slice(l, k))) {
      for (let m = k; m <= l.last; m++) l.kinds[m] = 'trailer';
      l.last = k - 1;
      return;
    }
  }
}

function tryDateline(l: Layout, k: number): boolean {
  if (k < l.first || k > l.last || l.dateline) return false;
  const found = l.parseDateline(slice(l, k));
  if (!found) return false;
  l.dateline = { text: found.text, value: found.value };
  l.kinds[k] = 'dateline';
  return true;
}

/** First block, or the one after a title, or the last block. */
function findDateline(l: Layout): void {
  if (tryDateline(l, l.first)) l.first++;
  else if (l.first + 1 <= l.last && isTitleLike(slice(l, l.first)) && tryDateline(l, l.first + 1)) {
    // Title first, then the dateline: the title step skips the dateline block.
  } else if (tryDateline(l, l.last)) l.last--;
}

/**
 * The byline: the last block when it is one (`Bài, ảnh: Kiến Quốc`), else the last line of the
 * last block when that line is names only (`…\nXuân Hoa`, `…\n(Theo Reuters)`).
 */
function findByline(l: Layout): void {
  if (l.last <= l.first) return;
  let found = parseByline(slice(l, l.last));
  if (!found) {
    const lines = cutLastLine(l.text, l.blocks[l.last]!);
    const line = lines && parseBylineLine(l.text.slice(lines[1].start, lines[1].end));
    if (!lines || !line) return;
    cut(l, l.last, lines);
    found = line;
  }
  l.byline = found;
  l.kinds[l.last] = 'byline';
  l.last--;
  if (!l.dateline && tryDateline(l, l.last)) l.last--;
}

/**
 * `Title\nSentence one.\nSentence two.`: in text written one sentence a line, the title may sit on
 * the line above the lead with no blank line between. Only when every other line of the block
 * ends a sentence, so a paragraph wrapped at a fixed width is never cut.
 */
function cutTitleLine(l: Layout, k: number): void {
  const lines = cutFirstLine(l.text, l.blocks[k]!);
  if (!lines || !isTitleLike(l.text.slice(lines[0].start, lines[0].end))) return;
  const rest = l.text.slice(lines[1].start, lines[1].end).split('\n');
  if (rest.every((line) => /[.!?…"”)]\s*$/u.test(line))) cut(l, k, lines);
}

/**
 * A caption printed as the first line of a body block: a line closing with a photo credit
 * (`… liên hợp (Ảnh: T.H)`), or a repeat of a caption block above.
 */
function cutCaptionLines(l: Layout): void {
  const captions = new Set<string>();
  for (let k = l.first; k <= l.last; k++) {
    if (l.kinds[k] !== undefined) continue;
    const block = slice(l, k);
    if (!block.includes('\n')) {
      if (looksLikeCaptionWithCredit(block)) captions.add(block);
      continue;
    }
    const lines = cutFirstLine(l.text, l.blocks[k]!);
    if (!lines) continue;
    const line = l.text.slice(lines[0].start, lines[0].end);
    if (!endsWithCredit(line) && !captions.has(line)) continue;
    cut(l, k, lines);
    l.kinds[k] = 'caption';
    captions.add(line);
  }
}

const open = (l: Layout): number[] => {
  const list: number[] = [];
  for (let k = l.first; k <= l.last; k++) if (l.kinds[k] === undefined) list.push(k);
  return list;
};

/** Title, lead and the top photo's caption, which sits right under the lead in most papers. */
function findTitleAndLead(l: Layout): void {
  let rest = open(l);
  if (rest.length === 0) return;
  if (!isTitleLike(slice(l, rest[0]!))) cutTitleLine(l, rest[0]!);
  rest = open(l);
  if (rest.length < 2 || !isTitleLike(slice(l, rest[0]!))) return;
  l.kinds[rest[0]!] = 'title';
  const lead = rest[1]!;
  l.kinds[lead] = 'lead';
  const next = rest[2];
  if (next !== undefined && rest.length >= 4 && looksLikeCaption(slice(l, next))) l.kinds[next] = 'caption';
}

/** Where each author's name is in the byline, for the entity extractor. */
function authorSpans(l: Layout): ArticleStructure['authorSpans'] {
  const out: ArticleStructure['authorSpans'] = [];
  const k = l.kinds.indexOf('byline');
  if (!l.byline || k < 0) return out;
  const block = l.blocks[k]!;
  let from = block.start;
  for (const name of l.byline.authors) {
    const at = l.text.indexOf(name, from);
    if (at >= 0 && at < block.end) {
      out.push({ name, start: at, end: at + name.length });
      from = at + name.length;
    }
  }
  return out;
}

export function parseArticle(text: string, parseDateline: DatelineReader): ArticleStructure {
  const blocks = splitBlocks(text);
  const l: Layout = { text, blocks, kinds: blocks.map(() => undefined), first: 0, last: blocks.length - 1, dateline: null, byline: null, parseDateline };
  findTrailer(l);
  findDateline(l);
  findByline(l);
  cutCaptionLines(l);
  findTitleAndLead(l);
  for (const k of open(l)) l.kinds[k] = looksLikeCaptionWithCredit(slice(l, k)) ? 'caption' : 'paragraph';

  const parts: Part[] = l.blocks.map((span, k) => ({ kind: l.kinds[k] ?? 'paragraph', start: span.start, end: span.end }));
  const textOf = (kind: Part['kind']) => parts.filter((p) => p.kind === kind).map((p) => text.slice(p.start, p.end));
  const trailer = textOf('trailer');
  const info: ArticleInfo = {
    title: textOf('title')[0] ?? null,
    dateline: l.dateline,
    lead: textOf('lead')[0] ?? null,
    byline: l.byline,
    // A caption repeated as the first line of the body is one caption.
    captions: [...new Set(textOf('caption'))],
    paragraphs: parts.filter((p) => p.kind === 'paragraph').length,
    trailer: trailer.length > 0 ? trailer.join('\n') : null,
  };
  return { parts, info, authorSpans: authorSpans(l) };
}

export const CONTENT_KINDS: ReadonlySet<Part['kind']> = new Set(['title', 'lead', 'paragraph', 'caption']);
