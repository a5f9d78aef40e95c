// Where the data files are: `dist/data/` beside the compiled code, and `src/data/` under vitest.
// Every module finds them through here, so the bundled CLI (dist/bin/) and the compiled library
// (dist/<folder>/) resolve the same folder.
import { readFileSync } from 'node:fs';

export function dataUrl(name: string): URL {
  return new URL(`../data/${name}`, import.meta.url);
}

export function readDataFile(name: string): string {
  return readFileSync(dataUrl(name), 'utf8');
}
