// The parts of a news article as Vietnamese online papers lay it out in plain text: dateline,
// title, lead (sapo), photo captions, body paragraphs, byline, and the site's trailer
// (`Chia sẻ bài viết`, `Tin liên quan`, …). Text without that shape is all body paragraphs.
import type { ArticleInfo, Part, Span } from '../types.js';
import { stripMarks } from '../lexicon/fold.js';
import { DIGIT, LETTER, LETTER_OR_DIGIT, UPPER } from '../lexicon/letters.js';
import { readDataFile } from '../util/data.js';

interface Markers {
  trailer: string[];
  bylineLabels: string[];
  captionMarkers: string[];
  connectives: string[];
}

let markers: { trailer: Set<string>; bylineLabels: Set<string>; captionMarkers: string[]; connectives: string[] } | undefined;

function loadMarkers() {
  if (!markers) {
    const data = JSON.parse(readDataFile('article-markers.json')) as Markers;
    markers = {
      trailer: new Set(data.trailer.map(stripMarks)),
      bylineLabels: new Set(data.bylineLabels.map(stripMarks)),
      captionMarkers: data.captionMarkers.map(stripMarks),
      // Longest first, so `tuy nhiên` is tried before `tuy`.
      connectives: data.connectives.map(stripMarks).sort((a, b) => b.length - a.length),
    };
  }
  return markers;
}

/** Blocks are blank-line separated; text without blank lines has one block per line. */
export function splitBlocks(text: string): Span[] {
  const separator = /\n[ \t\f\v\u00a0]*\n/u.test(text.trim()) ? /\n(?:[ \t\f\v\u00a0]*\n)+/gu : /\n/gu;
  const blocks: Span[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/u.test(text[from]!)) from++;
    while (to > from && /\s/u.test(text[to - 1]!)) to--;
    if (to > from) blocks.push({ start: from, end: to });
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return blocks;
}

// A syllable: a run of letters, digits and the marks inside words (`COVID-19` counts as one run
// per side of the hyphen, as vntk's tokenizer cuts it).
const SYLLABLE = new RegExp(`[${LETTER_OR_DIGIT}]+`, 'gu');

function countSyllables(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(SYLLABLE)) n++;
  return n;
}

/** A trailer label opens its block (`Tin liên quan` followed by the related headlines). */
function isTrailer(block: string): boolean {
  const { trailer } = loadMarkers();
  const newline = block.indexOf('\n');
  const firstLine = newline < 0 ? block : block.slice(0, newline);
  const folded = stripMarks(firstLine).replace(/[\s:：|»>.…-]+$/u, '');
  if (trailer.has(folded)) return true;
  // `Từ khóa: công đoàn, Cần Thơ`, `Tags: …`
  const colon = folded.indexOf(':');
  return colon > 0 && colon <= 20 && trailer.has(folded.slice(0, colon).trim());
}

// `Bài, ảnh: Kiến Quốc`, `Tin và ảnh: NGỌC ANH`, `Theo TTXVN`
const LABELLED_BYLINE = /^([^:：]{1,30})[:：]\s*(.+)$/u;
const NAME_LIST_SEPARATOR = /\s*(?:,|;|\s[-–—]\s|\svà\s)\s*/u;
// A name: capitalised syllables (`Kiến Quốc`, `HOÀNG ANH`, `Nguyễn Văn A.`), optionally an
// agency in parentheses (`Phạm Tuấn (TTXVN)`).
const NAME = new RegExp(String.raw`^[${UPPER}][${LETTER}.]*(?:[ \u00a0][${UPPER}][${LETTER}.]*){0,5}(?:\s*\([^()]{1,40}\))?$`, 'u');

function bylineAuthors(names: string): string[] | null {
  const list = names.trim().replace(/[.]$/u, '').split(NAME_LIST_SEPARATOR).filter((n) => n.length > 0);
  if (list.length === 0 || list.length > 6) return null;
  if (!list.every((name) => NAME.test(name))) return null;
  return list.map((name) => name.replace(/\s*\([^()]*\)$/u, ''));
}

export function parseByline(block: string): { text: string; authors: string[] } | null {
  if (block.length > 160 || block.includes('\n')) return null;
  const labelled = LABELLED_BYLINE.exec(block);
  if (labelled && loadMarkers().bylineLabels.has(stripMarks(labelled[1]!.trim()))) {
    const authors = bylineAuthors(labelled[2]!);
    if (authors) return { text: block, authors };
  }
  // `Theo TTXVN`, `Theo Tuổi Trẻ`: the source the article is taken from.
  const theo = /^Theo\s+(.+)$/u.exec(block);
  if (theo) {
    const authors = bylineAuthors(theo[1]!);
    if (authors) return { text: block, authors };
  }
  const authors = bylineAuthors(block);
  return authors ? { text: block, authors } : null;
}

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

function hasCaptionMarker(block: string): boolean {
  const folded = stripMarks(block);
  return loadMarkers().captionMarkers.some((marker) => folded.startsWith(marker) || folded.includes(` ${marker}`) || folded.includes(`(${marker}`));
}

// Example: the `n` of `Tuy nhiên` (a longer word, not the connective `Tuy`)
const WORD_CHAR = new RegExp(`[${LETTER_OR_DIGIT}]`, 'u');

function startsWithConnective(block: string): boolean {
  const folded = stripMarks(block);
  return loadMarkers().connectives.some((c) => folded.startsWith(c) && !WORD_CHAR.test(folded[c.length] ?? ' '));
}

// A sentence end followed by another sentence.
// Example: `Ông A phát biểu. Sau đó`
const SENTENCE_INSIDE = new RegExp(String.raw`[.!?…]\s+[${UPPER}]`, 'u');

/** One sentence, short, no quoted speech, not opening with a discourse connective. */
function looksLikeCaption(block: string): boolean {
  if (block.length > 300 || /["“”]/u.test(block)) return false;
  const inner = block.replace(/[.!?…]+$/u, '');
  if (SENTENCE_INSIDE.test(inner)) return false;
  const syllables = countSyllables(block);
  return syllables >= 4 && syllables <= 40 && !startsWithConnective(block);
}

export interface ArticleStructure {
  parts: Part[];
  info: ArticleInfo;
  /** Offsets of each byline author's name in the text. */
  authorSpans: { name: string; start: number; end: number }[];
}

/**
 * Reads a whole block as a dateline (`Thứ Hai, 04/12/2023 07:09 (GMT+7)`) or returns null. The
 * date reader is the date extractor's (extract/dates parseDateline); the kernel passes it in, so
 * this layer needs no date grammar of its own and does not import a later stage.
 */
export type DatelineReader = (line: string) => { text: string; value: string } | null;

export function parseArticle(text: string, parseDateline: DatelineReader): ArticleStructure {
  const blocks = splitBlocks(text);
  const slice = (span: Span) => text.slice(span.start, span.end);
  const kinds: (Part['kind'] | undefined)[] = blocks.map(() => undefined);
  let first = 0;
  let last = blocks.length - 1;

  // The trailer: from the first trailer label among the last blocks to the end (a `Tin liên
  // quan` label is followed by the related headlines, which belong to the site, not the article).
  const trailerFloor = Math.max(1, blocks.length - 12);
  for (let k = trailerFloor; k <= last; k++) {
    if (isTrailer(slice(blocks[k]!))) {
      for (let m = k; m <= last; m++) kinds[m] = 'trailer';
      last = k - 1;
      break;
    }
  }

  let dateline: ArticleInfo['dateline'] = null;
  const tryDateline = (k: number): boolean => {
    if (k < first || k > last || dateline) return false;
    const found = parseDateline(slice(blocks[k]!));
    if (!found) return false;
    dateline = { text: found.text, value: found.value };
    kinds[k] = 'dateline';
    return true;
  };
  if (tryDateline(first)) first++;
  else if (first + 1 <= last && isTitleLike(slice(blocks[first]!)) && tryDateline(first + 1)) {
    // Title first, then the dateline: handled below by skipping the dateline block.
  } else if (tryDateline(last)) last--;

  let byline: ArticleInfo['byline'] = null;
  const authorSpans: ArticleStructure['authorSpans'] = [];
  if (last > first) {
    const block = blocks[last]!;
    const found = parseByline(slice(block));
    if (found) {
      byline = found;
      kinds[last] = 'byline';
      let from = block.start;
      for (const name of found.authors) {
        const at = text.indexOf(name, from);
        if (at >= 0 && at < block.end) {
          authorSpans.push({ name, start: at, end: at + name.length });
          from = at + name.length;
        }
      }
      last--;
      if (!dateline && tryDateline(last)) last--;
    }
  }

  const remaining = () => {
    const list: number[] = [];
    for (let k = first; k <= last; k++) if (kinds[k] === undefined) list.push(k);
    return list;
  };

  let open = remaining();
  if (open.length >= 2 && isTitleLike(slice(blocks[open[0]!]!))) {
    kinds[open[0]!] = 'title';
    open = open.slice(1);
    const lead = open[0];
    if (lead !== undefined) {
      kinds[lead] = 'lead';
      // The top photo's caption sits right under the lead in the text of most papers.
      const next = open[1];
      if (next !== undefined && open.length >= 3 && looksLikeCaption(slice(blocks[next]!))) kinds[next] = 'caption';
    }
  }
  for (const k of remaining()) kinds[k] = hasCaptionMarker(slice(blocks[k]!)) && looksLikeCaptionWithCredit(slice(blocks[k]!)) ? 'caption' : 'paragraph';

  const parts: Part[] = blocks.map((span, k) => ({ kind: kinds[k] ?? 'paragraph', start: span.start, end: span.end }));
  const textOf = (kind: Part['kind']) => parts.filter((p) => p.kind === kind).map(slice);
  const trailer = textOf('trailer');
  const info: ArticleInfo = {
    title: textOf('title')[0] ?? null,
    dateline,
    lead: textOf('lead')[0] ?? null,
    byline,
    captions: textOf('caption'),
    paragraphs: parts.filter((p) => p.kind === 'paragraph').length,
    trailer: trailer.length > 0 ? trailer.join('\n') : null,
  };
  return { parts, info, authorSpans };
}

/** A block carrying a photo credit (`… (Ảnh: TTXVN)`) is a caption when it is short. */
function looksLikeCaptionWithCredit(block: string): boolean {
  return block.length <= 400 && countSyllables(block) <= 60;
}

export const CONTENT_KINDS: ReadonlySet<Part['kind']> = new Set(['title', 'lead', 'paragraph', 'caption']);
