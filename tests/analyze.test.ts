import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

describe('analyze: the pipeline settles overlaps between extractors', () => {
  it.each([
    // The date owns its digits: no number 5, 25 or 2.
    ['Trong 5 năm qua, hơn 300 người đã tham gia.', [[300, 'người']], ['5 năm qua']],
    ['Lúc 18h30 ngày 25/2, khoảng 1.200 người có mặt.', [[1200, 'người']], ['18h30 ngày 25/2']],
    ['Năm 2019, doanh thu đạt 3,2 tỷ đồng.', [[3_200_000_000, 'đồng']], ['Năm 2019']],
  ])('%s', (text, numbers, dates) => {
    const a = analyze(text);
    expect(a.numbers.map((n) => [n.value, n.unit])).toEqual(numbers);
    expect(a.dates.map((d) => d.text)).toEqual(dates);
  });

  it('gives NFD input exactly the NFC result', () => {
    const text = 'Sáng 3/12, UBND TP Cần Thơ tổ chức hội nghị với hơn 500 đại biểu.';
    expect(analyze(text.normalize('NFD'))).toEqual(analyze(text));
  });
});

describe('analyze: a huge document is analysed in slices whose findings merge', () => {
  const text = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8');
  const whole = analyze(text);
  // About 500 characters a slice: the fixture's 12 sentences fall into several slices.
  const sliced = analyze(text, { sliceChars: 500 });

  it('finds the same numbers, dates and stats', () => {
    expect(sliced.numbers).toEqual(whole.numbers);
    expect(sliced.dates).toEqual(whole.dates);
    expect(sliced.stats).toEqual(whole.stats);
  });

  it('counts a dictionary abbreviation and an entity once across slices, with every mention', () => {
    const pick = (a: typeof whole, short: string) => a.abbreviations.find((x) => x.short === short);
    for (const short of ['TP', 'LĐLĐ']) expect(pick(sliced, short)).toEqual(pick(whole, short));
    const entity = (a: typeof whole, name: string) => a.entities.find((e) => e.text === name);
    expect(entity(sliced, 'TP Cần Thơ')?.mentions).toEqual(entity(whole, 'TP Cần Thơ')?.mentions);
    expect(entity(sliced, 'Kiến Quốc')?.count).toBe(1);
    const loc = sliced.entities.findIndex((e) => e.text === 'TP Cần Thơ');
    expect(sliced.entities[sliced.entities[loc]!.parent!]?.text).toBe('LĐLĐ TP Cần Thơ');
  });
});

describe('analyze: stats count characters as code points', () => {
  it.each([
    // 3 + space + 2 letters: plain text counts its UTF-16 units.
    ['Hà Nội', 6],
    // `😀` is one character in two units; the lone surrogates count one each, as the string iterator does.
    ['Vui 😀 quá', 9],
    ['a\uD800b\uDC00c', 5],
    ['\uD800\uD800\uDC00', 2],
    ['\uDC00\uD83D\uDE00\uD83D', 3],
  ])('%j has %i', (text, expected) => {
    expect(analyze(text).stats.characters).toBe(expected);
    expect(analyze(text).stats.characters).toBe([...text].length);
  });
});
