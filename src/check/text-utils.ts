// Small helpers the rules share: line/column lookup and the word lists of
// src/data/check-words.json.

import { readDataFile } from '../util/data.js';
import { lineColumn, lineStarts } from '../util/lines.js';

export { lineColumn, lineStarts };

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
