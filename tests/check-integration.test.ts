// The check engine behind the real pipeline, through the library's `check` (what
// `article-analyze check` calls): the rules see the analysis a user would.

import { describe, expect, it } from 'vitest';
import { RULES, resolveConfig } from '../src/check/index.js';
import { check as checkText } from '../src/kernel.js';
import { fixture } from './check-helpers.js';

const PARTS_ON = resolveConfig({ ruleOverrides: ['dateline-missing=error', 'title-missing=error', 'byline-missing=error'] });

const check = (raw: string, config = PARTS_ON) => checkText(raw, { source: 'x.txt', config }).findings;

describe('check over analyzeDocument', () => {
  it('finds only the undefined LĐLĐ in the project fixture, every part rule on', () => {
    // LĐLĐ is in the dictionary but not in the common tier: readers need it written out once
    expect(check(fixture('../can-tho-cong-doan.txt')).map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(['7:10 abbreviation-undefined']);
  });

  it('flags the dictionary abbreviations of the project fixture under the define-at-first-use house style', () => {
    const config = resolveConfig({ file: { rules: {}, houseStyle: { defineAtFirstUse: true } } });
    expect(check(fixture('../can-tho-cong-doan.txt'), config).map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['abbreviation-first-use', 5, 24],
      ['abbreviation-first-use', 7, 10],
      ['abbreviation-undefined', 7, 10],
    ]);
  });

  it('finds every planted problem in problems.txt and nothing in its clean twin', () => {
    expect(check(fixture('problems.txt')).map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['abbreviation-undefined', 5, 10],
      ['date-invalid', 7, 49],
      ['date-invalid', 7, 74],
      ['date-invalid', 7, 85],
      ['number-format-mixed', 9, 80],
      ['number-missing-separator', 9, 117],
      ['abbreviation-undefined', 9, 169],
      ['unbalanced-brackets', 11, 108],
      ['tone-mark-mixed', 11, 152],
      ['abbreviation-redefined', 13, 75],
      ['unbalanced-brackets', 13, 176],
    ]);
    expect(check(fixture('problems.clean.txt'))).toEqual([]);
  });

  it('NFD input with CRLF gives the same non-normalisation findings as its NFC twin', () => {
    const nfc = fixture('problems.txt');
    const nfdCrlf = nfc.normalize('NFD').replace(/\n/g, '\r\n');
    const strip = (fs: ReturnType<typeof check>) => fs.filter((f) => f.ruleId !== 'unicode-nfd').map((f) => [f.ruleId, f.line, f.column]);
    expect(strip(check(nfdCrlf))).toEqual(strip(check(nfc)));
    expect(check(nfdCrlf).filter((f) => f.ruleId === 'unicode-nfd').map((f) => f.line)).toEqual([1, 3, 5, 7, 9, 11, 13, 15].filter((l) => l !== 1));
  });

  it('the default configuration leaves the part rules off', () => {
    expect(checkText(fixture('problems.clean.txt')).findings).toEqual([]);
  });

  it('a fixed dirty article passes every fixable rule', () => {
    const fixable = RULES.filter((r) => r.fixable).map((r) => r.id);
    const { fixed, findings } = checkText(fixture('dirty.txt'), { config: PARTS_ON, fix: true });
    expect(fixed).toBe(fixture('clean.txt'));
    expect(findings.filter((f) => fixable.includes(f.ruleId))).toEqual([]);
    expect(findings).toEqual(check(fixture('clean.txt')));
  });
});
