// vntk's word list for the is_in_dict feature, binary-searched in its file's bytes (no 74 000-entry Set).
import { readFileSync } from 'node:fs';
import { dataUrl } from '../util/data.js';

// src/data/viet74k-lower.txt: a header line, then @vntk/dictionary's Viet74K.txt lower-cased,
// deduplicated and sorted by UTF-8 bytes, one word a line, each line ending in '\n'
// (scripts/build-dictionary.mjs; tests/nlp-dictionary.test.ts checks it against the original).
// Read as Latin-1, one character per byte: no UTF-8 decoding of 1 MB of Vietnamese at start-up,
// and native string comparison (`<`) then orders lines exactly as their UTF-8 bytes.
let bytes: string | undefined;
let bodyStart = 0;

function load(): string {
  if (bytes === undefined) {
    bytes = readFileSync(dataUrl('viet74k-lower.txt')).toString('latin1');
    bodyStart = bytes.indexOf('\n') + 1;
  }
  return bytes;
}

// Example: `a\uD800` (with `u`, a surrogate pair is one code point and does not match).
const LONE_SURROGATE = /\p{Cs}/u;

/** Binary search over byte positions: each probe widens to the line around it. */
function search(word: string): boolean {
  // A lone surrogate cannot be in a list decoded from UTF-8; encoding would turn it into U+FFFD.
  if (LONE_SURROGATE.test(word)) return false;
  const all = load();
  const query = Buffer.from(word, 'utf8').toString('latin1');
  let lo = bodyStart;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = all.lastIndexOf('\n', mid - 1) + 1;
    const end = all.indexOf('\n', start);
    const line = all.substring(start, end);
    if (query === line) return true;
    if (query < line) hi = start;
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
