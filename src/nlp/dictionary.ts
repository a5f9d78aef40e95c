// vntk's word list for the is_in_dict feature, binary-searched in its file's bytes (no 74 000-entry Set).
import { dataUrl } from '../util/data.js';
import { crf, keepFile, memoryBytes, reserve, scratch, writeUtf8 } from './crf-wasm.js';

// src/data/viet74k-lower.txt: a header line, then @vntk/dictionary's Viet74K.txt lower-cased,
// deduplicated and sorted by UTF-8 bytes, one word a line, each line ending in '\n'
// (scripts/build-dictionary.mjs; tests/nlp-dictionary.test.ts checks it against the original).
// The bytes go to the tagger's WebAssembly memory as they are, and a binary search there
// (assembly/crf.ts listHas) compares UTF-8 bytes: no decoding of 1 MB at start-up.
let list: { at: number; size: number; bodyStart: number } | undefined;

function load(): { at: number; size: number; bodyStart: number } {
  if (list === undefined) {
    const { at, size } = keepFile(dataUrl('viet74k-lower.txt'));
    list = { at, size, bodyStart: memoryBytes().indexOf(0x0a, at) + 1 - at };
  }
  return list;
}

function search(word: string): boolean {
  // A lone surrogate cannot be in a list decoded from UTF-8; encoding would turn it into U+FFFD.
  if (!word.isWellFormed()) return false;
  const { at, size, bodyStart } = load();
  const query = scratch();
  const length = writeUtf8(word, query);
  return crf().listHas(at, size, bodyStart, query, length) !== 0;
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

/**
 * inDictionary of every word (1 or 0 each). The words not remembered yet are searched with one
 * lower-casing and one WebAssembly call for the lot: the segmenter asks for every unigram,
 * bigram and trigram of a sentence.
 */
export function inDictionaryAll(words: readonly string[]): Uint8Array {
  const out = new Uint8Array(words.length);
  const missing: string[] = [];
  const where: number[] = [];
  words.forEach((w, i) => {
    const found = memo.get(w);
    if (found === undefined) {
      missing.push(w);
      where.push(i);
    } else if (found) out[i] = 1;
  });
  if (missing.length === 0) return out;
  const found = searchAll(missing);
  if (memo.size + missing.length >= MEMO_LIMIT) memo.clear();
  missing.forEach((w, k) => {
    memo.set(w, found[k] === 1);
    out[where[k] as number] = found[k] as number;
  });
  return out;
}

function searchAll(words: readonly string[]): Uint8Array {
  // NUL separates the words, so a word holding one (or a lone surrogate) is asked on its own.
  const joined = words.join('\u0000');
  if (joined.isWellFormed()) {
    const { at, size, bodyStart } = load();
    const values = scratch();
    const length = writeUtf8(`${joined.toLowerCase()}\u0000`, values);
    const flags = values + length;
    reserve(flags + words.length);
    if (crf().listHasAll(at, size, bodyStart, values, length, words.length, flags) !== 0) {
      return new Uint8Array(memoryBytes().subarray(flags, flags + words.length));
    }
  }
  return Uint8Array.from(words, (w) => (w !== '' && search(w.toLowerCase()) ? 1 : 0));
}
