// Odd and hostile input: every rule, the fixer, the diff and the formatters return on it.
// No timings are asserted (benchmarks measure speed); a quadratic or catastrophic-backtracking
// path shows up here as a test that never ends.

import { describe, expect, it } from 'vitest';
import { RULES, diffLines, repair, resolveConfig, runChecks, sarif, stylish } from '../../src/check/index.js';
import { normalizeText } from '../../src/input/normalize.js';
import { check } from '../../src/kernel.js';
import { input } from '../check-helpers.js';

const ALL_ON = resolveConfig({ ruleOverrides: RULES.map((r) => `${r.id}=warn`) });
const run = (text: string) => runChecks(input(text), ALL_ON);
const count = (text: string, ruleId: string) => run(text).filter((f) => f.ruleId === ruleId).length;
// The fix engine over the rules alone (a stand-in analysis): the text rules' repairs need no extractor.
const applyFixes = (raw: string) => repair(raw, RULES, ALL_ON, (text) => ({ findings: runChecks(input(normalizeText(text), { raw: text }), ALL_ON) })).fixed;

describe('adversarial input', () => {
  it('100 000 unclosed "(" gives one finding each', () => {
    expect(count('('.repeat(100_000), 'unbalanced-brackets')).toBe(100_000);
  });
  it('100 000 nested, balanced brackets give none', () => {
    expect(count(`${'('.repeat(100_000)}x${')'.repeat(100_000)}`, 'unbalanced-brackets')).toBe(0);
  });
  it('100 000 "[" then 100 000 ")" are all reported without a quadratic search', () => {
    expect(count(`${'['.repeat(100_000)}${')'.repeat(100_000)}`, 'unbalanced-brackets')).toBe(200_000);
  });
  it('100 000 digits', () => {
    const found = run('1'.repeat(100_000));
    expect(found.map((f) => f.ruleId).sort()).toEqual(['byline-missing', 'dateline-missing', 'title-missing']);
  });
  it('long runs that almost match the number and date patterns', () => {
    expect(count(`${'1.000'.repeat(20_000)}x`, 'number-format-mixed')).toBe(0);
    // date-invalid reads the extractor's dates: through the real analysis
    const dateFindings = (text: string) => check(text, { config: ALL_ON }).findings.filter((f) => f.ruleId === 'date-invalid').length;
    expect(dateFindings('1.000.'.repeat(20_000))).toBe(0);
    expect(dateFindings('12/'.repeat(30_000))).toBe(0);
    expect(dateFindings('12:'.repeat(30_000))).toBe(0);
  });
  it('a 5 MB line of "a "', () => {
    const text = 'a '.repeat(2_500_000);
    expect(run(text).map((f) => f.ruleId).sort()).toEqual(['byline-missing', 'dateline-missing', 'title-missing']);
    expect(applyFixes(text)).toBe(text);
  });
  it('a 5 MB line of doubled spaces is fixed and diffed', () => {
    const text = 'ab  '.repeat(1_250_000);
    const fixed = applyFixes(text);
    // every run collapses but the last, which trails at the end of the line
    expect(fixed.length).toBe(3 * 1_250_000 + 1);
    // two headers, one hunk header, - and + lines each marked as having no final newline, and ''
    expect(diffLines(text, fixed, 'x').split('\n').length).toBe(8);
  });
  it('100 000 zero-width characters and 100 000 mixed tone marks', () => {
    expect(count('a\u200B'.repeat(100_000), 'zero-width')).toBe(100_000);
    expect(count('hòa hoà hòa '.repeat(30_000), 'tone-mark-mixed')).toBe(30_000);
  });
  it('mojibake at scale: one long run, many short words, lead bytes without continuations', () => {
    expect(count('Ä‘'.repeat(1_000_000), 'legacy-encoding')).toBe(1);
    expect(count('Ä‘oÃ n '.repeat(200_000), 'legacy-encoding')).toBe(1);
    expect(count('ÄÃá'.repeat(300_000), 'legacy-encoding')).toBe(0);
    expect(count('c¸c '.repeat(300_000), 'legacy-encoding')).toBe(1);
    expect(count('c¸c\n'.repeat(100_000), 'legacy-encoding')).toBe(100_000);
  });
  it('100 000 abbreviation definitions in parentheses', () => {
    const text = 'công đoàn (CĐ) cao đẳng (CĐ) '.repeat(20_000);
    expect(check(text, { config: ALL_ON }).findings.filter((f) => f.ruleId === 'abbreviation-redefined').length).toBe(20_000);
  });
  it('binary junk and lone surrogates', () => {
    const junk = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    expect(() => run(junk)).not.toThrow();
    expect(() => applyFixes(junk)).not.toThrow();
    expect(() => runChecks(input('\uD800a\uDC00', { raw: '\uD800a\uDC00' }), ALL_ON)).not.toThrow();
  });
  it('an empty text', () => {
    expect(applyFixes('')).toBe('');
    expect(diffLines('', '', 'x')).toBe('');
  });
  it('100 000 lines that all change, beyond the Myers cap, pair up line by line', () => {
    const before = 'a  b\n'.repeat(100_000);
    const out = diffLines(before, applyFixes(before), 'x');
    expect(out.split('\n').filter((l) => l === '-a  b').length).toBe(100_000);
  });
  it('formats 100 000 findings', () => {
    const findings = run('('.repeat(100_000)).filter((f) => f.ruleId === 'unbalanced-brackets');
    expect(stylish([{ source: 'x', findings }], { color: false })).toContain('✖ 100000 problems');
    expect(JSON.parse(sarif([{ source: 'x', findings }], { color: false })).runs[0].results).toHaveLength(100_000);
  });
});
