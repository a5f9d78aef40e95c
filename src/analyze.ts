// The pipeline, top to bottom, one line a stage: normalise → structure → sentences → tagging →
// extractors → one Analysis. Each stage only reads what the stages above produced.
import { CONTENT_KINDS, parseArticle, type ArticleStructure } from './article/structure.js';
import { extractAbbreviations, type UserEntry } from './extract/abbreviations/index.js';
import { extractDates, parseDateline } from './extract/dates/index.js';
import { extractEntities } from './extract/entities/index.js';
import { extractNumbers } from './extract/numbers/index.js';
import { normalizeText } from './input/normalize.js';
import { LETTER_OR_DIGIT } from './lexicon/letters.js';
import { splitSentences } from './nlp/sentences.js';
import { tagSentence } from './nlp/tagger.js';
import type { Abbreviation, Analysis, DateMention, Doc, Entity, NumberMention, Part, Sentence, Span, Stats } from './types.js';

export interface AnalyzeOptions {
  /** File name for the report (`-` for standard input). */
  source?: string;
  /** 1-based line number when each input line is its own document. */
  line?: number;
  /** Entries from `--dict` or the config file; they override the built-in dictionary. */
  userDict?: Map<string, UserEntry> | null;
  /** A dateline given beside the text (an NDJSON record's `dateline`), used when the text prints none. */
  dateline?: string;
  /** Slice size for huge documents (default SLICE_CHARS); smaller in tests. */
  sliceChars?: number;
}

export interface Prepared extends ArticleStructure {
  text: string;
  content: Part[];
}

/** The cheap first stages, shared by `analyze`, `expand` and `check`. */
export function prepare(input: string): Prepared {
  const text = normalizeText(input);
  const structure = parseArticle(text, parseDateline);
  return { text, ...structure, content: structure.parts.filter((p) => CONTENT_KINDS.has(p.kind)) };
}

/**
 * Above this many characters a document is analysed in slices of about this size, cut at
 * sentence ends, and the slices' findings are merged: memory then stays bounded by the slice, not
 * the document (a 20 MB file held every word object at once: 1.6 GB). No article is this long;
 * such inputs are dumps, where a definition in one slice not reaching the next is acceptable.
 */
export const SLICE_CHARS = 1_000_000;

export function analyzeDocument(input: string, options: AnalyzeOptions = {}): { analysis: Analysis; doc: Doc } {
  const prepared = withGivenDateline(prepare(input), options.dateline);
  const { text, info, content } = prepared;
  const reference = info.dateline?.value ?? null;
  const sentenceSpans = content.flatMap((part) => splitSentences(text, part));
  const slices = sliceSentences(sentenceSpans, options.sliceChars ?? SLICE_CHARS);
  const whole = slices.length === 1;
  const results = slices.map((spans, i) =>
    analyzeSlice(prepared, whole ? content : spansScope(content, spans), spans, reference, options, {
      // The byline's authors are counted once, with the last slice (the byline closes the article).
      withAuthors: i === slices.length - 1,
      // Only an unsliced document keeps its words: holding every slice's words would undo the slicing.
      keepWords: whole,
    }),
  );
  const merged = whole ? results[0]! : mergeSlices(results);
  const dates = [...datelineMention(prepared), ...merged.dates].sort((a, b) => a.start - b.start);
  const analysis: Analysis = {
    schemaVersion: 1,
    source: options.source ?? '-',
    ...(options.line !== undefined ? { line: options.line } : {}),
    article: info,
    stats: computeStats(text, content, merged),
    abbreviations: merged.abbreviations,
    entities: merged.entities,
    numbers: withoutDates(merged.numbers.filter((n) => n.kind !== 'ordinal'), dates),
    ordinals: withoutDates(merged.numbers.filter((n) => n.kind === 'ordinal'), dates),
    dates,
  };
  // A sliced document keeps its sentence spans but not their words, which is what bounds memory.
  const sentences = whole ? merged.sentences : sentenceSpans.map((span) => ({ ...span, words: [] }));
  return { analysis, doc: { text, parts: prepared.parts, sentences, reference } };
}

interface SliceResult {
  sentences: Sentence[];
  sentenceCount: number;
  words: number;
  syllables: number;
  abbreviations: Abbreviation[];
  entities: Entity[];
  numbers: NumberMention[];
  dates: DateMention[];
}

/** Consecutive sentences in groups of at most `limit` characters (a longer sentence alone). */
function sliceSentences(spans: Span[], limit: number): Span[][] {
  const slices: Span[][] = [[]];
  let size = 0;
  for (const span of spans) {
    const current = slices[slices.length - 1]!;
    if (current.length > 0 && size + (span.end - span.start) > limit) {
      slices.push([span]);
      size = span.end - span.start;
    } else {
      current.push(span);
      size += span.end - span.start;
    }
  }
  return slices;
}

/** The extractors look at whole parts, so that a form spanning a sentence end is still seen; a
 * slice looks at the parts' stretches between its first and last sentence. */
function spansScope(content: Span[], spans: Span[]): Span[] {
  return spans.length === 0 ? [] : clip(content, spans[0]!.start, spans[spans.length - 1]!.end);
}

function analyzeSlice(prepared: Prepared, scope: Span[], spans: Span[], reference: string | null, options: AnalyzeOptions, slice: { withAuthors: boolean; keepWords: boolean }): SliceResult {
  const { text } = prepared;
  const sentences: Sentence[] = spans.map((span) => ({ ...span, words: tagSentence(text, span, 'ner') }));
  const doc: Doc = { text, parts: prepared.parts, sentences, reference };
  const abbreviations = extractAbbreviations(text, scope, { userDict: options.userDict ?? null });
  const authors = slice.withAuthors ? prepared.authorSpans : [];
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (!WORDLIKE.test(word.text)) continue;
      words++;
      syllables += word.text.split(' ').length;
    }
  }
  return {
    sentences: slice.keepWords ? sentences : [],
    sentenceCount: sentences.length,
    words,
    syllables,
    abbreviations,
    entities: extractEntities(doc, abbreviations, { authors }),
    numbers: extractNumbers(text, scope, sentences.flatMap((sentence) => sentence.words)),
    dates: extractDates(text, scope, reference),
  };
}

function clip(parts: Span[], start: number, end: number): Span[] {
  const out: Span[] = [];
  for (const part of parts) {
    const s = Math.max(part.start, start);
    const e = Math.min(part.end, end);
    if (s < e) out.push({ start: s, end: e });
  }
  return out;
}

/** One result from the slices' results: lists concatenated, the same abbreviation or entity
 * (same short form and expansion; same type and canonical name) counted once. */
function mergeSlices(results: SliceResult[]): SliceResult {
  const abbreviations = new Map<string, Abbreviation>();
  const entities = new Map<string, Entity>();
  const entityKey = (e: Entity) => `${e.type}\u0000${e.canonical ?? e.text}`;
  const parents: [string, string][] = [];
  const out: SliceResult = { sentences: [], sentenceCount: 0, words: 0, syllables: 0, abbreviations: [], entities: [], numbers: [], dates: [] };
  for (const r of results) {
    out.sentenceCount += r.sentenceCount;
    out.words += r.words;
    out.syllables += r.syllables;
    out.numbers.push(...r.numbers);
    out.dates.push(...r.dates);
    for (const a of r.abbreviations) {
      const key = `${a.short}\u0000${a.expansion ?? ''}\u0000${a.source}`;
      const seen = abbreviations.get(key);
      if (!seen) abbreviations.set(key, { ...a, mentions: [...a.mentions] });
      else {
        seen.count += a.count;
        seen.mentions.push(...a.mentions);
        seen.definedAt ??= a.definedAt;
      }
    }
    r.entities.forEach((e) => {
      const key = entityKey(e);
      const seen = entities.get(key);
      if (!seen) entities.set(key, { ...e, mentions: [...e.mentions], ...(e.roles ? { roles: [...e.roles] } : {}) });
      else {
        seen.count += e.count;
        seen.mentions.push(...e.mentions);
        for (const role of e.roles ?? []) if (!seen.roles?.includes(role)) (seen.roles ??= []).push(role);
      }
      const parent = e.parent === undefined ? undefined : r.entities[e.parent];
      if (parent) parents.push([key, entityKey(parent)]);
    });
  }
  out.abbreviations = [...abbreviations.values()];
  out.entities = [...entities.values()].map(({ parent: _dropped, ...e }) => e);
  // `parent` is an index into the list, so it is set again once the merged list's order is known.
  const index = new Map(out.entities.map((e, i) => [entityKey(e), i]));
  for (const [child, parent] of parents) {
    const c = out.entities[index.get(child)!]!;
    if (c.parent === undefined) c.parent = index.get(parent)!;
  }
  return out;
}

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeDocument(input, options).analysis;
}

/** The dateline is read by the structure stage, which knows it is a dateline; it is reported as
 * the article's first date so that `dates` lists every date the article carries. */
/**
 * A record's own dateline, when its text prints none: as a paper prints it (`03/12/2023 - 07:09`)
 * or in ISO 8601 (`2023-12-03T07:09:00+07:00`, kept to the minute). It is the reference for dates
 * without a year, and `article.dateline`; not a mention, since it is not in the text.
 */
function withGivenDateline(prepared: Prepared, given: string | undefined): Prepared {
  if (given === undefined || prepared.info.dateline) return prepared;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/u.exec(given.trim());
  const value = iso ? (iso[2] ? `${iso[1]}T${iso[2]}` : iso[1]!) : (parseDateline(given)?.value ?? null);
  return { ...prepared, info: { ...prepared.info, dateline: { text: given.trim(), value } } };
}

function datelineMention({ parts, info }: Prepared): DateMention[] {
  const part = parts.find((p) => p.kind === 'dateline');
  if (!part || !info.dateline) return [];
  const value = info.dateline.value;
  return [{ text: info.dateline.text, start: part.start, end: part.start + info.dateline.text.length, kind: value?.includes('T') ? 'datetime' : 'date', value }];
}

/** Digits inside a date belong to the date: `5 năm qua` is a duration, not the number 5, and
 * `03/12/2023` holds no numbers. Dates win every overlap. */
function withoutDates(numbers: NumberMention[], dates: Span[]): NumberMention[] {
  // Both lists are sorted by start: one sweep, not numbers × dates.
  const kept: NumberMention[] = [];
  let d = 0;
  let reach = 0; // the furthest end among dates starting before the current number's end
  for (const n of numbers) {
    while (d < dates.length && dates[d]!.start < n.end) reach = Math.max(reach, dates[d++]!.end);
    if (reach <= n.start) kept.push(n);
  }
  return kept;
}

// A word of letters or digits, not punctuation (lexicon/letters.ts says why not \p{L}).
const WORDLIKE = new RegExp(`[${LETTER_OR_DIGIT}]`, 'u');

/** Code points of `text.slice(start, end)`, as its string iterator counts them (a lone surrogate counts one). */
function codePoints(text: string, start: number, end: number): number {
  let count = end - start;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) count--;
    }
  }
  return count;
}

function computeStats(text: string, content: Part[], counts: SliceResult): Stats {
  let characters = 0;
  for (const part of content) characters += codePoints(text, part.start, part.end);
  return {
    characters,
    syllables: counts.syllables,
    words: counts.words,
    sentences: counts.sentenceCount,
    // The lead is a paragraph of running text; the title and captions are not.
    paragraphs: content.filter((p) => p.kind === 'lead' || p.kind === 'paragraph').length,
  };
}
