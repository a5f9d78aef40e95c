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

/** Lower-case strings one edit from `word`: a letter (tone included) deleted, inserted, replaced, or two swapped. */
function oneEdit(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2));
    for (const ch of ALPHABET) {
      out.add(head + ch + tail);
      if (tail) out.add(head + ch + tail.slice(1));
    }
  }
  // A tone mark typed on the wrong vowel (`muà` for `mùa`) is one keystroke, two letters.
  const split = splitTone(word);
  if (split && split.tone !== 0) {
    for (let i = 0; i < split.base.length; i++) {
      if (!'aăâeêioôơuưy'.includes(split.base[i] as string)) continue;
      const v = toned(split.base[i] as string, split.tone);
      out.add(split.base.slice(0, i) + v + split.base.slice(i + 1));
    }
  }
  return out;
}

/**
 * The attested Vietnamese syllable one edit from `word` (lower case, NFC), the most widely used
 * first; at most `limit`. Empty when none is.
 */
export function suggestSyllables(word: string, limit = 3): string[] {
  const known = syllableCounts();
  const found: [string, number][] = [];
  for (const cand of oneEdit(word)) {
    const n = known.get(cand);
    if (n !== undefined && isVietnameseSyllable(cand)) found.push([cand, n]);
  }
  return found
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([w]) => w);
}
