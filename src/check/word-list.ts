// The syllables of the project's Viet74K word list (src/data/viet74k-lower.txt, the list vntk's
// segmenter consults), each with the number of entries it appears in: attested syllables for
// spelling suggestions, the count ranking them (`không` appears in far more entries than `khô`).
// Read only when a suggestion is needed: most articles have no misspelt syllable.

import { readDataFile } from '../util/data.js';
import { ALPHABET, isVietnameseSyllable, splitTone, toned } from './syllable.js';

let counts: Map<string, number> | undefined;
function syllableCounts(): Map<string, number> {
  if (counts) return counts;
  counts = new Map();
  for (const line of readDataFile('viet74k-lower.txt').split('\n')) {
    if (line.startsWith('#')) continue;
    for (const s of line.split(' ')) if (s !== '') counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** The Latin letter under a Vietnamese one: `ư`, `ờ`, `ô` → `u`, `o`, `o`; `đ` → `d`. */
const latin = (ch: string) => (ch === 'đ' ? 'd' : (ch.normalize('NFD')[0] as string));

/**
 * Lower-case strings one edit from `word` with the edit's cost: a letter deleted, inserted,
 * replaced or two swapped cost 1; a letter replaced by one on the same Latin letter (`u`/`ư`,
 * `ờ`/`ợ`, `d`/`đ`) costs ½ and a tone mark moved (`muà` → `mùa`, the tone kept) ¼, since
 * those are the slips of Vietnamese keyboards.
 */
function oneEdit(word: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (w: string, cost: number) => {
    if (cost < (out.get(w) ?? Infinity)) out.set(w, cost);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) add(head + tail.slice(1), 1);
    if (tail.length > 1) add(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2), 1);
    for (const ch of ALPHABET) {
      add(head + ch + tail, 1);
      if (tail) add(head + ch + tail.slice(1), latin(ch) === latin(tail[0] as string) ? 0.5 : 1);
    }
  }
  const split = splitTone(word);
  if (split && split.tone !== 0) {
    for (let i = 0; i < split.base.length; i++) {
      if (!'aăâeêioôơuưy'.includes(split.base[i] as string)) continue;
      add(split.base.slice(0, i) + toned(split.base[i] as string, split.tone) + split.base.slice(i + 1), 0.25);
    }
  }
  out.delete(word);
  return out;
}

/**
 * The attested Vietnamese syllables one edit from `word` (lower case, NFC), the likeliest slip
 * first, then the most widely used; at most `limit`. Empty when none is.
 */
export function suggestSyllables(word: string, limit = 3): string[] {
  const known = syllableCounts();
  const found: [string, number, number][] = [];
  for (const [cand, cost] of oneEdit(word)) {
    const n = known.get(cand);
    if (n !== undefined && isVietnameseSyllable(cand)) found.push([cand, cost, n]);
  }
  // The cheapest edit first, then the syllable in more entries.
  return found
    .sort((a, b) => a[1] - b[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([w]) => w);
}
