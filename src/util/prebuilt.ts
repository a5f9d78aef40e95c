// Tables derived from src/data/ by code (keyed, folded, indexed, sorted) are derived once, at
// build time: `npm run build` writes each one's plain form to dist/data/prebuilt/<name>.json
// (scripts/build.mjs), and a start parses that instead of reading, folding and indexing the
// sources again (about 20 ms of a short run, and the garbage it left for the collector). Without
// the file (vitest reads src/), the table is derived from the sources: the same table, which
// tests/prebuilt.test.ts checks for every one.
import { readFileSync } from 'node:fs';
import { dataUrl } from './data.js';

/** The prebuilt plain form of `name` turned back into the table, or the table derived anew. */
export function prebuilt<P, T>(name: string, fromPlain: (plain: P) => T, derive: () => T): T {
  let text: string;
  try {
    text = readFileSync(dataUrl(`prebuilt/${name}.json`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return derive();
    throw error;
  }
  return fromPlain(JSON.parse(text) as P);
}
