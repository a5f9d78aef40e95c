// Whole articles: one with known problems fires every expected rule at the expected place and
// nothing else; its clean twin passes every rule, the off-by-default ones included.

import { describe, expect, it } from 'vitest';
import { RULES, exitCodeFor, resolveConfig, runChecks } from '../src/check/index.js';
import { check } from '../src/kernel.js';
import { abbr, emptyAnalysis, fixture, input, partsFromLines } from './check-helpers.js';
import { extractNumbers } from '../src/extract/numbers/index.js';

const ALL_ON = resolveConfig({ ruleOverrides: RULES.filter((r) => r.defaultSeverity === 'off').map((r) => `${r.id}=warn`) });
const KINDS = ['dateline', 'title', 'lead', 'paragraph', 'paragraph', 'paragraph', 'byline'] as const;

type Known = [string, 'inline' | 'builtin', string];
// What the abbreviation extractor would report for the fixtures; absent ones are dropped.
const KNOWN: Known[] = [
  ['CĐN', 'inline', 'cao đẳng nghề'],
  ['PĐT', 'inline', 'phòng đào tạo'],
  ['KCN', 'inline', 'khu công nghiệp'],
  ['CĐ', 'inline', 'cao đẳng'],
  ['ATTP', 'inline', 'an toàn thực phẩm'],
  ['TP', 'builtin', 'thành phố'],
  ['UBND', 'builtin', 'Ủy ban nhân dân'],
];

function analysed(text: string) {
  const abbreviations = KNOWN.map(([short, source, expansion]) =>
    // never defined and not in the dictionary: what the extractor calls unknown
    source === 'inline' && !text.includes(`(${short})`) ? abbr(text, short, 'unknown', null) : abbr(text, short, source, expansion),
  ).filter((a) => a.count > 0);
  return input(text, { parts: partsFromLines(text, [...KINDS]), analysis: emptyAnalysis({ abbreviations, numbers: extractNumbers(text, [{ start: 0, end: text.length }]) }) });
}

describe('fixtures/check/problems.txt', () => {
  const text = fixture('problems.txt');
  // abbreviation-redefined and date-invalid read the extractors' redefinitions and invalid dates,
  // which no stand-in has: the real analysis gives them.
  const real = new Set(['abbreviation-redefined', 'date-invalid']);
  const found = [...runChecks(analysed(text), ALL_ON).filter((f) => !real.has(f.ruleId)), ...check(text, { config: ALL_ON }).findings.filter((f) => real.has(f.ruleId))].sort(
    (a, b) => a.start - b.start,
  );

  it('fires every planted problem where it is, and nothing else', () => {
    expect(found.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
      ['abbreviation-undefined', 'warn', 5, 10],
      ['date-invalid', 'error', 7, 49],
      ['date-invalid', 'error', 7, 74],
      ['date-invalid', 'error', 7, 85],
      ['number-format-mixed', 'warn', 9, 80],
      ['number-missing-separator', 'warn', 9, 117],
      ['abbreviation-undefined', 'warn', 9, 169],
      ['unbalanced-brackets', 'error', 11, 108],
      ['tone-mark-mixed', 'warn', 11, 152],
      ['abbreviation-redefined', 'error', 13, 75],
      ['unbalanced-brackets', 'error', 13, 176],
    ]);
  });

  it('says what is wrong in one line each', () => {
    expect(found.map((f) => f.message)).toEqual([
      '"CĐN" is used before it is defined (at 5:85); define it at its first use.',
      'Impossible date "31/6/2024": month 6 has 30 days.',
      'Impossible time "25:61": hour 25 does not exist.',
      'Impossible date "29/02/2023": February 2023 has 28 days.',
      '"3,500,000" uses "," for thousands, but this article uses "." (as in "2.000" at 3:37).',
      '"4500000000" has no thousands separators; this article writes them (4.500.000.000).',
      '"PĐT" is never defined and is not in the dictionary; write it out at its first use, or add it to the user dictionary.',
      '""" is never closed by """ on this line.',
      '"khỏe" places the tone mark old-style; this article mostly writes new style, oà/uý ("khoẻ" at 13:156).',
      '"CĐ" is defined again as "công đoàn" (first defined as "cao đẳng" at 13:47).',
      '"(" is never closed by ")" on this line.',
    ]);
    for (const f of found) expect(f.message).not.toMatch(/\n/);
  });

  it('fails the CI run', () => {
    expect(exitCodeFor([{ source: 'problems.txt', findings: found }], undefined)).toBe(1);
  });
});

describe('clean twins pass every rule', () => {
  const config = resolveConfig({ ruleOverrides: ['dateline-missing=error', 'title-missing=error', 'byline-missing=error'] });
  it.each(['problems.clean.txt', 'clean.txt'])('%s', (name) => {
    const text = fixture(name);
    const found = runChecks(analysed(text), config);
    expect(found.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
    expect(exitCodeFor([{ source: name, findings: found }], 0)).toBe(0);
  });
  it('house style (define at first use) still flags the dictionary abbreviations in clean.txt', () => {
    const text = fixture('clean.txt');
    const found = runChecks(analysed(text), ALL_ON);
    expect(found.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      ['abbreviation-first-use', 5, 38, '"TP" is not written out at its first use; write it as "thành phố (TP)".'],
      ['abbreviation-first-use', 11, 59, '"UBND" is not written out at its first use; write it as "Ủy ban nhân dân (UBND)".'],
    ]);
  });
});

describe('the project fixture', () => {
  it('has no text-level problems in can-tho-cong-doan.txt', () => {
    const text = fixture('../can-tho-cong-doan.txt');
    const found = runChecks(input(text), resolveConfig());
    expect(found.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([]);
  });
});
