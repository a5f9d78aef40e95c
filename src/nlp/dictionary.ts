// vntk's word list for the is_in_dict feature, searched in place (no 74 000-entry Set at start-up).
import { readFileSync } from 'node:fs';

// src/data/viet74k-lower.txt: a header line, then @vntk/dictionary's Viet74K.txt lower-cased,
// deduplicated and sorted by UTF-16 code units, one word a line, each line ending in '\n'
// (scripts/build-dictionary.mjs; tests/nlp-dictionary.test.ts checks it against the original).
let text: string | undefined;
let bodyStart = 0;

function load(): string {
  if (text === undefined) {
    text = readFileSync(new URL('../data/viet74k-lower.txt', import.meta.url), 'utf8');
    bodyStart = text.indexOf('\n') + 1;
  }
  return text;
}

/** Code-unit comparison of `word` with `text.slice(start, end)`, without slicing. */
function compare(word: string, all: string, start: number, end: number): number {
  const length = Math.min(word.length, end - start);
  for (let i = 0; i < length; i++) {
    const d = word.charCodeAt(i) - all.charCodeAt(start + i);
    if (d !== 0) return d;
  }
  return word.length - (end - start);
}

/** Binary search over character positions: each probe widens to the line around it. */
function search(word: string): boolean {
  const all = load();
  let lo = bodyStart;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = all.lastIndexOf('\n', mid - 1) + 1;
    const end = all.indexOf('\n', start);
    const d = compare(word, all, start, end);
    if (d === 0) return true;
    if (d < 0) hi = start;
    else lo = end + 1;
  }
  return false;
}

// Results per queried string: news text repeats the same syllables and words. Cleared when
// full so that a 20 MB input cannot grow it without bound.
const MEMO_LIMIT = 200_000;
const memo = new Map<string, boolean>();

/** @vntk/dictionary's `has(word)`: case-insensitive, false for the empty string. */
export function inDictionary(word: string): boolean {
  if (word === '') return false;
  let found = memo.get(word);
  if (found === undefined) {
    found = search(word.toLowerCase());
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, found);
  }
  return found;
}
