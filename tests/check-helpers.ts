// Hand-made stand-ins for the lead's analyze() output, so the check tests do not depend on the
// extractors: an empty Analysis, parts from non-empty lines, abbreviations located by a plain
// whole-word search.

import { readFileSync } from 'node:fs';
import type { Abbreviation, AbbreviationSource, Analysis, Part, PartKind } from '../src/types.js';
import type { CheckInput } from '../src/check/types.js';

export function emptyAnalysis(over: Partial<Analysis> = {}): Analysis {
  return {
    schemaVersion: 1,
    source: 'test.txt',
    article: { title: null, dateline: null, lead: null, byline: null, captions: [], paragraphs: 0 },
    stats: { characters: 0, syllables: 0, words: 0, sentences: 0, paragraphs: 0 },
    abbreviations: [],
    entities: [],
    numbers: [],
    dates: [],
    ...over,
  };
}

/** One part per non-empty line, with the given kinds in order (the rest are paragraphs). */
export function partsFromLines(text: string, kinds: PartKind[] = []): Part[] {
  const parts: Part[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') parts.push({ kind: kinds[parts.length] ?? 'paragraph', start, end: start + line.length });
    start += line.length + 1;
  }
  return parts;
}

// Short forms the built-in dictionary puts in the common tier (its `tier` column), so that a
// stand-in builtin record carries `common` as the extractor's would.
const COMMON_TIER = new Set(
  readFileSync(new URL('../src/data/abbreviations.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .filter((c) => c[8] === 'common')
    .map((c) => c[0]),
);

/** Whole-word uses of `short`; definedAt is the `(SHORT)` or `SHORT (` definition, if any. */
export function abbr(text: string, short: string, source: AbbreviationSource, expansion: string | null): Abbreviation {
  const mentions: [number, number][] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${short}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) mentions.push([m.index ?? 0, (m.index ?? 0) + short.length]);
  const paren = text.indexOf(`(${short})`);
  const before = text.indexOf(`${short} (`);
  const definedAt = source !== 'inline' ? null : paren !== -1 ? paren + 1 : before !== -1 ? before : null;
  const a: Abbreviation = { short, expansion, source, count: mentions.length, first: mentions[0]?.[0] ?? 0, definedAt, mentions };
  if (source === 'builtin' && COMMON_TIER.has(short)) a.common = true;
  return a;
}

export function input(text: string, over: Partial<CheckInput> = {}): CheckInput {
  return { text, raw: text, analysis: emptyAnalysis(), parts: partsFromLines(text), ...over };
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/check/${name}`, import.meta.url), 'utf8');
}
