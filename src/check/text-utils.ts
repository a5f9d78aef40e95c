// Small helpers the rules share: line/column lookup and the word lists of
// src/data/check-words.json.

import { readDataFile } from '../util/data.js';

/** Offsets of every line start in `text` (LF line endings), built once per document. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** 1-based line and UTF-16 column of `offset`, by binary search over `starts`. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

let cachedText: string | undefined;
let cachedStarts: number[] = [];

/** `line:column` of an offset in `text`, for messages that point at another place. */
export function where(text: string, offset: number): string {
  // Rules call this once per finding on the same text: build the line index once.
  if (text !== cachedText) {
    cachedText = text;
    cachedStarts = lineStarts(text);
  }
  const { line, column } = lineColumn(cachedStarts, offset);
  return `${line}:${column}`;
}

/** A regex alternation of literal words: escaped, longest first so `mã số` wins over `mã`. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'))
    .join('|');
}

export interface CheckWords {
  scoreWords: string[];
}

let words: CheckWords | undefined;
/** src/data/check-words.json, read on first use. */
export function checkWords(): CheckWords {
  words ??= JSON.parse(readDataFile('check-words.json')) as CheckWords;
  return words;
}
