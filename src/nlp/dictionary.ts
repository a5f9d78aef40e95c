// vntk's word list for the is_in_dict feature, as a hash set in the decoder's memory: the file's
// bytes and a slot table (word-set.ts). No 74 000-entry Set at start-up, no cache in front.
import { existsSync, readFileSync } from 'node:fs';
import { dataUrl } from '../util/data.js';
import { crf, keep, keepFile, memoryBytes, reserve, scratch, writeUtf8 } from './crf-wasm.js';
import { wordSlots } from './word-set.js';

// src/data/viet74k-lower.txt: a header line, then @vntk/dictionary's Viet74K.txt lower-cased,
// deduplicated and sorted by UTF-8 bytes, one word a line, each line ending in '\n'
// (scripts/build-dictionary.mjs; tests/nlp-dictionary.test.ts checks it against the original).
// The bytes go to the tagger's WebAssembly memory as they are: no decoding of 1 MB at start-up.
let set: { list: number; slots: number } | undefined;

/** Where `npm run build` writes the list's slot table. */
export const WORD_SLOTS = 'viet74k-lower.slots';

function load(): { list: number; slots: number } {
  if (set === undefined) {
    const list = keepFile(dataUrl('viet74k-lower.txt'));
    const slotsUrl = dataUrl(WORD_SLOTS);
    // Before a build (vitest reads src/), the table is made in memory: the same table.
    const slots = existsSync(slotsUrl) ? keepFile(slotsUrl).at : keep(wordSlots(readFileSync(dataUrl('viet74k-lower.txt'))));
    set = { list: list.at, slots };
  }
  return set;
}

// A word with a NUL, a line break or a lone surrogate is in no list of UTF-8 lines.
const askable = (w: string): boolean => w !== '' && w.isWellFormed() && !w.includes('\u0000') && !w.includes('\n');

/** @vntk/dictionary's `has(word)`: case-insensitive, false for the empty string. */
export function inDictionary(word: string): boolean {
  return inDictionaryAll([word])[0] === 1;
}

/**
 * inDictionary of every word (1 or 0 each), with one lower-casing and one WebAssembly call for
 * the lot: the segmenter asks for every unigram, bigram and trigram of a sentence.
 */
export function inDictionaryAll(words: readonly string[]): Uint8Array {
  // NUL separates the words, so a word holding one (or a lone surrogate, or a line break, which
  // no word of the list holds) is asked on its own.
  const joined = words.join('\u0000');
  if (joined.isWellFormed() && !joined.includes('\n')) {
    const { list, slots } = load();
    const values = scratch();
    const length = writeUtf8(`${joined.toLowerCase()}\u0000`, values);
    const flags = values + length;
    reserve(flags + words.length);
    if (crf().setHasAll(list, slots, values, length, words.length, flags) !== 0) {
      return new Uint8Array(memoryBytes().subarray(flags, flags + words.length));
    }
  }
  return Uint8Array.from(words, (w) => (askable(w) && inDictionaryAll([w])[0] === 1 ? 1 : 0));
}
