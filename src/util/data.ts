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

/** Data lines of a TSV file with their 1-based line numbers: no comments, blank lines or header. */
export function tsvRows(text: string, header: string): { cells: string[]; line: number }[] {
  const out: { cells: string[]; line: number }[] = [];
  const lines = text.replace(/^\uFEFF/u, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').replace(/\r$/u, '');
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (out.length === 0 && (cells[0] ?? '').trim().toLowerCase() === header) continue;
    out.push({ cells, line: i + 1 });
  }
  return out;
}
