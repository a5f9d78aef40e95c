// The extractors on long runs of what their patterns loop on and on multi-megabyte lines: each
// returns, and what it finds points into the text. No timings are asserted (benchmarks measure
// speed); a quadratic or catastrophic-backtracking path shows up as a test that never ends.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/index.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { extractNumbers } from '../../src/extract/numbers/index.js';
import type { Doc, NumberMention } from '../../src/types.js';

// Generous: the machine is shared, and these check that the scan ends, not how fast.
const LONG = 120_000;
const whole = (t: string) => [{ start: 0, end: t.length }];
const all = (text: string): NumberMention[] => extractNumbers(text, whole(text));

describe('extractNumbers on long runs', () => {
  it.each([
    ['100 000 digits', '1'.repeat(100_000)],
    ['1. × 50 000', '1.'.repeat(50_000)],
    ['100 000 (', '('.repeat(100_000)],
    ['5 MB line of "a "', 'a '.repeat(2_500_000)],
    ['1- × 100 000', '1-'.repeat(100_000)],
    ['number words × 20 000', 'hai mươi '.repeat(20_000)],
    ['scales × 20 000', 'hàng nghìn tỷ triệu '.repeat(20_000)],
    ['thứ × 100 000', 'thứ '.repeat(100_000)],
    ['space groups × 20 000', '1 000 '.repeat(20_000)],
  ])('%s returns a list', (_name, text) => {
    const got = extractNumbers(text, [{ start: 0, end: text.length }]);
    expect(Array.isArray(got)).toBe(true);
    for (const m of got) expect(m.text).toBe(text.slice(m.start, m.end));
  }, LONG);

  it('reads every number of a long run of them', () => {
    const text = '5 người, '.repeat(20_000);
    expect(all(text).length).toBe(20_000);
  }, LONG);
});

describe('extractDates on long runs', () => {
  it.each([
    ['100 000 digits', '1'.repeat(100_000)],
    ['1/ × 50 000', '1/'.repeat(50_000)],
    ['1. × 50 000', '1.'.repeat(50_000)],
    ['1- × 50 000', '1-'.repeat(50_000)],
    ['100 000 (', '('.repeat(100_000)],
    ['5 MB line of "a "', 'a '.repeat(2_500_000)],
    ['ngày × 50 000', 'ngày '.repeat(50_000)],
    ['spaces then a date', ' '.repeat(100_000) + 'ngày 3/12'],
    ['binary junk', '\u0000\uFFFD\uD800'.repeat(10_000)],
    ['12:12 × 30 000', '12:12:'.repeat(30_000)],
  ])('%s', (_name, text) => {
    const found = extractDates(text, whole(text), '2023-12-03');
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.start);
  });
  it('returns every mention of a long run of valid dates (no argument-list overflow hidden by the catch)', () => {
    const text = 'ngày 1/1 '.repeat(200_000);
    const found = extractDates(text, whole(text), '2023-12-03');
    expect(found).toHaveLength(200_000);
    // 1 January is 11 months before a 3 December dateline: the coming one (impliedYear).
    expect(found[199_999]).toEqual({ text: 'ngày 1/1', start: 9 * 199_999, end: 9 * 199_999 + 8, kind: 'date', value: '2024-01-01' });
  });
  it('keeps a long lower-case run linear when a capital comes only at its end', () => {
    // The patterns run on the lower-cased text; the match is mapped back to the text's own case.
    const text = 'ngày 1/1 '.repeat(200_000) + 'Ngày 2/1';
    const found = extractDates(text, whole(text), '2023-12-03');
    expect(found).toHaveLength(200_001);
    expect(found[200_000]).toEqual({ text: 'Ngày 2/1', start: 9 * 200_000, end: 9 * 200_000 + 8, kind: 'date', value: '2024-01-02' });
  });
});

describe('extractEntities on long runs', () => {
  const huge: [string, string][] = [
    ['100 000 digits', '1'.repeat(100_000)],
    ['100 000 opening brackets', '('.repeat(100_000)],
    ['a 5 MB line of `a `', 'a '.repeat(2_500_000)],
    ['100 000 quotes', '"'.repeat(100_000)],
    ['a long run of heads', 'Bộ '.repeat(50_000)],
    ['a long run of names', 'Nguyễn Văn A '.repeat(20_000)],
    ['a long run of unit words', 'tỉnh Quảng Nam '.repeat(20_000)],
  ];
  it.each(huge)('%s returns', (_name, text) => {
    const doc: Doc = { text, parts: [], sentences: [], reference: null };
    const ents = extractEntities(doc, []);
    // Whatever is found points at its own text.
    for (const e of ents) for (const [start, end] of e.mentions) expect(start < end && end <= text.length).toBe(true);
  });
});
