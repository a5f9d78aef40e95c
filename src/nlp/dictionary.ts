// vntk's word list (@vntk/dictionary's Viet74K.txt) as a lower-cased Set, for the is_in_dict feature.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let words: Set<string> | undefined;

function dictionaryPath(): string {
  // @vntk/dictionary is vntk's dependency, not ours: resolve it from vntk so that we read the
  // copy vntk itself would read. Its index.js (which also parses an 11 MB JSON) is never loaded.
  const vntk = createRequire(import.meta.url).resolve('vntk/package.json');
  const pkg = createRequire(vntk).resolve('@vntk/dictionary/package.json');
  return join(dirname(pkg), 'data', 'Viet74K.txt');
}

function load(): Set<string> {
  if (words === undefined) {
    // Same construction as @vntk/dictionary: lower-case the whole file, then split on '\n'.
    words = new Set(readFileSync(dictionaryPath(), 'utf8').toLowerCase().split('\n'));
  }
  return words;
}

/** @vntk/dictionary's `has(word)`: case-insensitive, false for the empty string. */
export function inDictionary(word: string): boolean {
  if (word === '') return false;
  return load().has(word.toLowerCase());
}
