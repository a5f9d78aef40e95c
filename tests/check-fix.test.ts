// check --fix and --fix-dry-run: the repairs of the enabled rules, and diffLines showing them.

import { describe, expect, it } from 'vitest';
import { diffLines, runChecks, resolveConfig } from '../src/check/index.js';
import { check as checkText } from '../src/kernel.js';
import { fixture, input, partsFromLines } from './check-helpers.js';

const FIXABLE = ['unicode-nfd', 'zero-width', 'double-space'];
const config = resolveConfig();
const applyFixes = (raw: string, rules: string[] = []) => checkText(raw, { config: resolveConfig({ ruleOverrides: rules }), fix: true }).fixed;
const check = (raw: string) => {
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  return runChecks(input(text, { raw, parts: partsFromLines(text, ['dateline', 'title', 'lead', 'caption']) }), config);
};

describe('check with fix', () => {
  const clean = fixture('clean.txt');
  const dirty = fixture('dirty.txt');

  it('leaves a clean article byte-identical', () => {
    const fixed = applyFixes(clean);
    expect(Buffer.from(fixed, 'utf8').equals(Buffer.from(clean, 'utf8'))).toBe(true);
    expect(check(clean)).toEqual([]);
  });

  it('finds exactly the planted problems in the dirty twin', () => {
    expect(check(dirty).map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['unicode-nfd', 3, 36],
      ['zero-width', 5, 10],
      ['double-space', 5, 52],
      ['zero-width', 5, 71],
      ['unicode-nfd', 7, 72],
      ['unicode-nfd', 9, 223],
      ['double-space', 11, 18],
      ['zero-width', 11, 88],
      ['double-space', 15, 15],
    ]);
  });

  it('turns the dirty twin into the clean one, which then passes every fixable rule', () => {
    const fixed = applyFixes(dirty);
    expect(fixed).toBe(clean);
    expect(check(fixed).filter((f) => FIXABLE.includes(f.ruleId))).toEqual([]);
  });

  it.each([
    ['NFD to NFC', 'ho\u0300a bi\u0300nh', 'hòa bình'],
    ['zero-width removed', 'công\u200Bđoàn\u2060 và\uFEFF', 'côngđoàn và'],
    ['ZWJ kept inside an emoji sequence, removed elsewhere', '👨\u200D👩 và a\u200Db', '👨\u200D👩 và ab'],
    ['spaces collapsed between words', 'một  hai   ba', 'một hai ba'],
    ['a zero-width between two spaces leaves one space', 'một \u200B hai', 'một hai'],
    ['indentation, trailing spaces and tabs kept', '  thụt đầu  \nhai\t\tba', '  thụt đầu  \nhai\t\tba'],
    ['CRLF line breaks kept', 'một  hai\r\nba\r\n', 'một hai\r\nba\r\n'],
    ['blank lines kept', 'một\n\n\nhai', 'một\n\n\nhai'],
    ['a leading BOM (encoding mark) kept', '\uFEFFmột  hai', '\uFEFFmột hai'],
    ['a removed zero-width lets a mark compose', 'a\u200B\u0300', 'à'],
    ['nothing else: tone placement, brackets and numbers untouched', 'hoà (19,700', 'hoà (19,700'],
  ])('%s', (_name, raw, expected) => {
    expect(applyFixes(raw)).toBe(expected);
  });

  it.each([
    ['zero-width=off', 'công\u200Bđoàn  và', 'công\u200Bđoàn và'],
    ['double-space=off', 'công\u200Bđoàn  và', 'côngđoàn  và'],
    ['unicode-nfd=off', 'ho\u0300a  bi\u0300nh\r\n', 'ho\u0300a bi\u0300nh\r\n'],
  ])('a rule turned off keeps its repair out (%s)', (rule, raw, expected) => {
    expect(applyFixes(raw, [rule])).toBe(expected);
  });

  it('is idempotent', () => {
    expect(applyFixes(applyFixes(dirty))).toBe(applyFixes(dirty));
  });
});

describe('diffLines', () => {
  it('returns nothing for equal texts', () => {
    expect(diffLines('a\nb\n', 'a\nb\n', 'x.txt')).toBe('');
  });

  it('prints a unified diff with three lines of context', () => {
    const before = ['1', '2', '3', '4', 'năm  sáu', '6', '7', '8', '9', '10', '11', '12', 'mười ba  x', '14'].join('\n') + '\n';
    const after = applyFixes(before);
    expect(diffLines(before, after, 'bai.txt')).toBe(
      [
        '--- a/bai.txt',
        '+++ b/bai.txt',
        '@@ -2,7 +2,7 @@',
        ' 2',
        ' 3',
        ' 4',
        '-năm  sáu',
        '+năm sáu',
        ' 6',
        ' 7',
        ' 8',
        '@@ -10,5 +10,5 @@',
        ' 10',
        ' 11',
        ' 12',
        '-mười ba  x',
        '+mười ba x',
        ' 14',
        '',
      ].join('\n'),
    );
  });

  it('merges changes whose context overlaps into one hunk', () => {
    expect(diffLines('a\nb  c\nd\ne  f\ng\n', 'a\nb c\nd\ne f\ng\n', 'f')).toBe(
      '--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n a\n-b  c\n+b c\n d\n-e  f\n+e f\n g\n',
    );
  });

  it.each([
    ['a\nb  c', 'a\nb c', '@@ -1,2 +1,2 @@\n a\n-b  c\n\\ No newline at end of file\n+b c\n\\ No newline at end of file\n'],
    ['a  b\nc', 'a b\nc', '@@ -1,2 +1,2 @@\n-a  b\n+a b\n c\n\\ No newline at end of file\n'],
    // only the final newline differs: still a change to show
    ['x\ny', 'x\ny\n', '@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n'],
  ])('marks a missing final newline as diff -u does (%j)', (before, after, hunks) => {
    expect(diffLines(before, after, 'f')).toBe(`--- a/f\n+++ b/f\n${hunks}`);
  });

  it('handles added and removed lines (Myers)', () => {
    expect(diffLines('a\nb\nc\nd\n', 'a\nc\nd\ne\n', 'f')).toBe('--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n a\n-b\n c\n d\n+e\n');
    expect(diffLines('', 'a\n', 'f')).toBe('--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+a\n');
    expect(diffLines('a\n', '', 'f')).toBe('--- a/f\n+++ b/f\n@@ -1,1 +0,0 @@\n-a\n');
  });

  it('shows the dirty fixture repaired line by line', () => {
    const dirty = fixture('dirty.txt');
    const out = diffLines(dirty, applyFixes(dirty), 'dirty.txt');
    expect(out.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---')).length).toBe(6);
    expect(out.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).length).toBe(6);
  });
});
