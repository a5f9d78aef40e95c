// The pipeline, top to bottom, one line a stage: normalise → structure → sentences → tagging →
// extractors → one Analysis. Each stage only reads what the stages above produced.
import { CONTENT_KINDS, parseArticle, type ArticleStructure } from './article/structure.js';
import { extractAbbreviations, type UserEntry } from './extract/abbreviations.js';
import { extractDates } from './extract/dates.js';
import { extractEntities } from './extract/entities.js';
import { extractNumbers } from './extract/numbers.js';
import { normalizeText } from './input/normalize.js';
import { splitSentences } from './nlp/sentences.js';
import { tagSentence } from './nlp/tagger.js';
import type { Analysis, DateMention, Doc, NumberMention, Part, Sentence, Span, Stats } from './types.js';

export interface AnalyzeOptions {
  /** File name for the report (`-` for standard input). */
  source?: string;
  /** 1-based line number when each input line is its own document. */
  line?: number;
  /** Entries from `--dict` or the config file; they override the built-in dictionary. */
  userDict?: Map<string, UserEntry> | null;
}

export interface Prepared extends ArticleStructure {
  text: string;
  content: Part[];
}

/** The cheap first stages, shared by `analyze`, `expand` and `check`. */
export function prepare(input: string): Prepared {
  const text = normalizeText(input);
  const structure = parseArticle(text);
  return { text, ...structure, content: structure.parts.filter((p) => CONTENT_KINDS.has(p.kind)) };
}

export function analyzeDocument(input: string, options: AnalyzeOptions = {}): { analysis: Analysis; doc: Doc } {
  const prepared = prepare(input);
  const { text, info, content } = prepared;
  const sentences: Sentence[] = content.flatMap((part) => splitSentences(text, part)).map((span) => ({ ...span, words: tagSentence(text, span, 'ner') }));
  const doc: Doc = { text, parts: prepared.parts, sentences, reference: info.dateline?.value ?? null };
  const abbreviations = extractAbbreviations(text, content, { userDict: options.userDict ?? null });
  const dates = [...datelineMention(prepared), ...extractDates(text, content, doc.reference)].sort((a, b) => a.start - b.start);
  const numbers = withoutDates(extractNumbers(text, content), dates);
  const entities = extractEntities(doc, abbreviations, { authors: prepared.authorSpans });
  const analysis: Analysis = {
    schemaVersion: 1,
    source: options.source ?? '-',
    ...(options.line !== undefined ? { line: options.line } : {}),
    article: info,
    stats: computeStats(text, content, sentences),
    abbreviations,
    entities,
    numbers,
    dates,
  };
  return { analysis, doc };
}

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeDocument(input, options).analysis;
}

/** The dateline is read by the structure stage, which knows it is a dateline; it is reported as
 * the article's first date so that `dates` lists every date the article carries. */
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

const WORDLIKE = /[\p{L}\p{N}]/u;

function computeStats(text: string, content: Part[], sentences: Sentence[]): Stats {
  let syllables = 0;
  let words = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (!WORDLIKE.test(word.text)) continue;
      words++;
      syllables += word.text.split(' ').length;
    }
  }
  let characters = 0;
  for (const part of content) {
    for (const _ of text.slice(part.start, part.end)) characters++;
  }
  return {
    characters,
    syllables,
    words,
    sentences: sentences.length,
    // The lead is a paragraph of running text; the title and captions are not.
    paragraphs: content.filter((p) => p.kind === 'lead' || p.kind === 'paragraph').length,
  };
}
