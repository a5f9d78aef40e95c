// docs/rules.md and the check data stay honest: every rule has a section whose Bad example
// fires that rule and whose Good example does not; the legacy-encoding signatures are sane.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, resolveConfig, runChecks } from '../src/check/index.js';
import type { Abbreviation, PartKind } from '../src/types.js';
import { check } from '../src/kernel.js';
import { abbr, emptyAnalysis, input, partsFromLines } from './check-helpers.js';
import { extractNumbers } from '../src/extract/numbers/index.js';
import { analyzeDocument } from '../src/analyze.js';

const doc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');

function example(id: string, label: 'Bad' | 'Good'): string {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`\`${id}\`\n`));
  if (!section) throw new Error(`no section for ${id}`);
  const m = section.match(new RegExp(`\\*\\*${label}\\*\\*[^\\n]*\\n\\n\`\`\`text\\n([\\s\\S]*?)\\n\`\`\``));
  if (!m) throw new Error(`no ${label} example for ${id}`);
  return m[1] as string;
}

// What the lead's pipeline would add for the examples that need more than text.
const KINDS: Record<string, [PartKind[], PartKind[]]> = {
  'dateline-missing': [['title'], ['dateline', 'title']],
  'title-missing': [['dateline', 'lead'], ['dateline', 'title', 'lead']],
  'byline-missing': [['paragraph'], ['paragraph', 'byline']],
};
const ABBREVIATIONS: Record<string, (text: string) => Abbreviation[]> = {
  'abbreviation-undefined': (t) => [abbr(t, 'CĐ', 'inline', 'công đoàn')],
  'abbreviation-first-use': (t) =>
    t.includes('(UBND)')
      ? [abbr(t, 'UBND', 'inline', 'Ủy ban nhân dân'), abbr(t, 'TP', 'inline', 'thành phố')]
      : [abbr(t, 'UBND', 'builtin', 'Ủy ban nhân dân'), abbr(t, 'TP', 'builtin', 'thành phố')],
};

// Rules that read what the extractors found (dates, redefinitions, the dateline, entities) run
// on the real pipeline's analysis of the example, through the library's check.
const PIPELINE = new Set(['abbreviation-redefined', 'date-invalid', 'weekday-mismatch', 'place-name-stale']);

describe('docs/rules.md', () => {
  it.each(RULES.map((r) => r.id))('%s: the Bad example fires it, the Good one does not', (id) => {
    const config = resolveConfig({ ruleOverrides: RULES.map((r) => `${r.id}=${r.id === id ? 'error' : 'off'}`) });
    const run = (text: string, which: 0 | 1) => {
      if (PIPELINE.has(id)) return check(text, { config }).findings;
      const kinds = KINDS[id]?.[which];
      const abbreviations = ABBREVIATIONS[id]?.(text) ?? [];
      const raw = text;
      const normal = text.normalize('NFC');
      return runChecks(input(normal, { raw, parts: partsFromLines(normal, kinds ?? []), analysis: emptyAnalysis({ abbreviations, numbers: extractNumbers(normal, [{ start: 0, end: normal.length }]) }) }), config);
    };
    expect(run(example(id, 'Bad'), 0).length).toBeGreaterThan(0);
    expect(run(example(id, 'Good'), 1)).toEqual([]);
  });
  it('lists every rule with its default severity in the table', () => {
    for (const r of RULES) expect(doc).toContain(`| [\`${r.id}\`](#${r.id}) | ${r.defaultSeverity} |`);
  });
});

describe('src/data/legacy-encodings.json', () => {
  const data = JSON.parse(readFileSync(new URL('../src/data/legacy-encodings.json', import.meta.url), 'utf8'));
  it('has a source note', () => {
    expect(data._source).toMatch(/TCVN3/);
  });
  it('maps single Latin-1 characters to single NFC Vietnamese letters, no two bytes alike', () => {
    const entries = Object.entries(data.tcvn3.map as Record<string, string>);
    for (const [from, to] of entries) {
      expect(from.length).toBe(1);
      expect(from.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(from.charCodeAt(0)).toBeLessThanOrEqual(0xff);
      expect(to.normalize('NFC')).toBe(to);
      expect([...to]).toHaveLength(1);
    }
    expect(new Set(entries.map(([, to]) => to)).size).toBe(entries.length);
  });
  it('maps the cp1252 specials to the bytes 0x80-0x9F, one byte each', () => {
    const map = data.utf8AsCp1252.cp1252 as Record<string, number>;
    for (const [ch, byte] of Object.entries(map)) {
      expect([...ch]).toHaveLength(1);
      expect(byte).toBeGreaterThanOrEqual(0x80);
      expect(byte).toBeLessThanOrEqual(0x9f);
    }
    expect(new Set(Object.values(map)).size).toBe(Object.keys(map).length);
  });
  it('lists VNI pairs as two characters, unique', () => {
    const pairs = data.vni.pairs as string[];
    for (const p of pairs) expect([...p]).toHaveLength(2);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe('src/data/check-words.json', () => {
  const data = JSON.parse(readFileSync(new URL('../src/data/check-words.json', import.meta.url), 'utf8'));
  it('has a source note', () => {
    expect(data._source).toMatch(/date-invalid/);
  });
  it.each(['scoreWords'])('%s: NFC, trimmed, single-spaced and unique', (key) => {
    const list = data[key] as string[];
    expect(list.length).toBeGreaterThan(0);
    for (const w of list) {
      expect(w).toBe(w.normalize('NFC'));
      expect(w).toBe(w.trim());
      expect(w).not.toMatch(/\s{2}/);
    }
    expect(new Set(list).size).toBe(list.length);
  });
});
