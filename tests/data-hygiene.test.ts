// Every data file of src/data is clean text: each entry (a TSV cell, a line of a word list, a
// JSON key or string) is NFC, trimmed and single-spaced. One test lists every offender with its
// file and place, so a bad paste is found at once (a stray NFD word would silently never match).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../src/data/', import.meta.url);
// vntk's own word list, kept byte for byte (a few entries end in a space or hold two) because the
// segmenter's is_in_dict feature must answer exactly as vntk's does; it is generated, not edited.
const VERBATIM = new Set(['viet74k-lower.txt']);

/** Where each entry of a data file is, and the entry: `provinces.tsv:3:1`, `date-words.json:weekdayWords`. */
function entries(name: string): [string, string][] {
  const text = readFileSync(new URL(name, dir), 'utf8');
  const out: [string, string][] = [];
  if (name.endsWith('.json')) {
    const walk = (v: unknown, at: string) => {
      if (typeof v === 'string') out.push([at, v]);
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          // `_source`, `_note`: prose, not entries.
          if (k.startsWith('_')) continue;
          out.push([`${at}.${k} (key)`, k]);
          walk(x, `${at}.${k}`);
        }
      }
    };
    walk(JSON.parse(text), name);
    return out;
  }
  text.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    // Cells of a TSV; a list item inside a cell (`a,b` or `a|b`) is checked as part of its cell.
    line.split('\t').forEach((cell, c) => out.push([`${name}:${i + 1}:${c + 1}`, cell]));
  });
  return out;
}

describe('src/data', () => {
  it('every entry is NFC, trimmed and single-spaced', () => {
    const offenders: string[] = [];
    for (const name of readdirSync(dir).filter((n) => /\.(tsv|txt|json)$/u.test(n) && !VERBATIM.has(n)).sort()) {
      for (const [at, value] of entries(name)) {
        const problems = [
          value !== value.normalize('NFC') && 'not NFC',
          value !== value.trim() && 'untrimmed',
          /\s{2}/u.test(value) && 'two spaces',
        ].filter(Boolean);
        if (problems.length > 0) offenders.push(`${at}: ${JSON.stringify(value)} ${problems.join(', ')}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
