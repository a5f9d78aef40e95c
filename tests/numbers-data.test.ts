// Number extractor: its data files are well-formed, and its small news fixtures give their expected mentions.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../src/extract/numbers/index.js';
import { numberData, parseUnits } from '../src/extract/numbers/data.js';

const dataDir = new URL('../src/data/', import.meta.url);

describe('number data files', () => {
  const raw = JSON.parse(readFileSync(new URL('number-words.json', dataDir), 'utf8')) as Record<string, unknown>;
  const lists = Object.entries(raw).filter(([k, v]) => !k.startsWith('_') && Array.isArray(v)) as [string, string[]][];
  const maps = Object.entries(raw).filter(([k, v]) => !k.startsWith('_') && v !== null && typeof v === 'object' && !Array.isArray(v)) as [string, Record<string, unknown>][];

  it.each(lists)('list %s: NFC, trimmed, unique, non-empty', (_key, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const w of list) {
      expect(w).toBe(w.normalize('NFC'));
      expect(w).toBe(w.trim());
      expect(w.length).toBeGreaterThan(0);
    }
    expect(new Set(list).size).toBe(list.length);
  });

  it.each(maps)('map %s: NFC, trimmed keys', (_key, map) => {
    for (const k of Object.keys(map)) {
      expect(k).toBe(k.normalize('NFC'));
      expect(k).toBe(k.trim());
    }
  });

  it('every list key has a source note at the top', () => {
    expect(typeof raw['_source']).toBe('string');
  });

  it('units.tsv: header, known kinds, NFC trimmed unique forms', () => {
    const tsv = readFileSync(new URL('units.tsv', dataDir), 'utf8');
    expect(tsv.startsWith('# ')).toBe(true);
    const rows = parseUnits(tsv);
    const dataLines = tsv.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    // Header plus one parsed row per line: no line is silently dropped.
    expect(dataLines[0]).toBe('form\tkind\tunit');
    expect(rows.length).toBe(dataLines.length - 1);
    const forms = rows.map((r) => r.form);
    expect(new Set(forms).size).toBe(forms.length);
    for (const r of rows) {
      expect(r.form).toBe(r.form.normalize('NFC'));
      expect(r.form).toBe(r.form.trim());
      expect(r.unit).toBe(r.unit.trim());
    }
  });

  it('loads the units the extractor relies on', () => {
    const d = numberData();
    expect(d.units.get('%')?.kind).toBe('percent');
    expect(d.units.get('đồng')?.kind).toBe('money');
    expect(d.units.get('tuổi')?.kind).toBe('age');
    expect(d.units.get('năm')?.kind).toBe('time');
    expect(d.units.get('km/h')?.unit).toBe('km/h');
    expect(d.scales.get('tỷ')).toBe(1_000_000_000);
  });
});

describe('fixtures/numbers', () => {
  const dir = new URL('../fixtures/numbers/', import.meta.url);
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it('has fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
  });

  it.each(names)('%s', (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), dir), 'utf8')) as { text: string; start: number; end: number }[];
    // Every line is its own scope, as the structure stage gives one span per paragraph.
    const scope: { start: number; end: number }[] = [];
    const re = /[^\n]+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) scope.push({ start: m.index, end: m.index + m[0].length });
    for (const m of expected) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(extractNumbers(text, scope)).toEqual(expected);
  });
});
