// The slot table that makes the word list (src/data/viet74k-lower.txt) a hash set in the
// decoder's memory: `npm run build` writes it beside the list (dist/data/viet74k-lower.slots), so
// that a word costs one hash and about one probe (assembly/crf.ts setHas) where a binary search
// over the file's lines cost seventeen, and the segmenter can ask for every n-gram of a sentence
// without a JavaScript cache in front.
//
// Layout (little-endian): slot count u32, longest word's byte length u32, then one u32 per slot:
// the top 11 bits of the word's hashBytes (assembly/crf.ts) above its byte offset in the list
// (21 bits), 0 when empty; a word's slot is found from (hash × count) >> 32 by linear probing.
import { crf, reserve, scratch } from './crf-wasm.js';

const OFFSET_BITS = 21;

/** The slot table of a word list file: a header line, then one word a line, each ending in '\n'. */
export function wordSlots(list: Uint8Array): Uint8Array {
  if (list.length >= 2 ** OFFSET_BITS) throw new Error('word list over 2 MB: the slot table holds 21-bit offsets');
  const words: { start: number; length: number }[] = [];
  let start = list.indexOf(0x0a) + 1;
  while (start > 0 && start < list.length) {
    const end = list.indexOf(0x0a, start);
    if (end < 0) break;
    if (end > start) words.push({ start, length: end - start });
    start = end + 1;
  }
  // The list goes to the decoder's memory once, for its own hash of each word.
  const at = scratch();
  reserve(at + list.length).set(list, at);
  const wasm = crf();
  const hashes = words.map((w) => wasm.hashBytes(at + w.start, w.length) >>> 0);
  // Two slots in three filled: short probes, and an 11-bit tag spares most string compares.
  const count = words.length + (words.length >> 1) + 1;
  const out = new Uint8Array(8 + 4 * count);
  const view = new DataView(out.buffer);
  view.setUint32(0, count, true);
  view.setUint32(4, words.reduce((longest, w) => Math.max(longest, w.length), 0), true);
  words.forEach((w, i) => {
    const hash = hashes[i] as number;
    let probe = Math.floor((hash * count) / 2 ** 32);
    while (view.getUint32(8 + 4 * probe, true) !== 0) probe = (probe + 1) % count;
    view.setUint32(8 + 4 * probe, ((hash >>> OFFSET_BITS) * 2 ** OFFSET_BITS + w.start) >>> 0, true);
  });
  return out;
}
