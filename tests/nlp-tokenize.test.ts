// The syllable tokenizer on adversarial input: linear time, vntk's cuts, offsets into the text.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/nlp/tokenize.js';

const require = createRequire(import.meta.url);
const vntkTokenizer = require('vntk/lib/tokenizer') as { tokenize(text: string): string[] };

describe('tokenize: vntk cuts, worked out by hand', () => {
  it.each([
    ['Các cấp công đoàn (CĐ) TP. Cần Thơ', ['Các', 'cấp', 'công', 'đoàn', '(', 'CĐ', ')', 'TP.', 'Cần', 'Thơ']],
    ['hơn 19.700 cuộc, 1.850.000 lượt; 3,5%', ['hơn', '19.700', 'cuộc', ',', '1.850.000', 'lượt', ';', '3,5', '%']],
    ['ngày 25/12/2023, 1-7-2025 và 30/4', ['ngày', '25/12/2023', ',', '1-7-2025', 'và', '30/4']],
    ['COVID-19 lan ra', ['COVID', '-', '19', 'lan', 'ra']],
    ['Mr. Tp. ThS. Dr. Mrs. Ms.', ['Mr.', 'Tp.', 'ThS.', 'Dr.', 'Mrs.', 'Ms.']],
    ['a ==> b -> c ... d >> e', ['a', '==>', 'b', '->', 'c', '...', 'd', '>>', 'e']],
    // The whole text as one token: vntk's `web` rule takes a text made only of `!`, `$`..`_`, `a`..`z`.
    ['https://baocantho.com.vn/a-1.html', ['https://baocantho.com.vn/a-1.html']],
    ['((((', ['((((']],
    // …but not once a space or a letter outside ASCII appears.
    ['(((( à', ['(', '(', '(', '(', 'à']],
    // An emoji is two UTF-16 code units, and vntk (no `u` flag) cuts it in two.
    ['vui 😀', ['vui', '\uD83D', '\uDE00']],
    ['', []],
    [' \n\t ', []],
  ])('%j', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
    expect(vntkTokenizer.tokenize(text)).toEqual(expected);
  });
});

describe('tokenize: adversarial input returns, linear', () => {
  it('100 000 digits are one token (the `web` rule)', () => {
    const text = '1'.repeat(100_000);
    expect(tokenize(text)).toEqual([{ text, start: 0, end: 100_000 }]);
  });

  it('100 000 digits then a word: the digit run, then the word', () => {
    const text = `${'1'.repeat(100_000)} x`;
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual([
      [0, 100_000],
      [100_001, 100_002],
    ]);
  });

  it("'A' × 100 000 + ' à' (vntk's regex needs 2^100000 steps here)", () => {
    const text = `${'A'.repeat(100_000)} à`;
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual([
      [0, 100_000],
      [100_001, 100_002],
    ]);
  });

  it('100 000 nested brackets', () => {
    const text = `${'('.repeat(100_000)}x${')'.repeat(100_000)} à`;
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(200_002);
    expect(tokens[100_000]).toEqual({ text: 'x', start: 100_000, end: 100_001 });
    expect(tokens.at(-1)).toEqual({ text: 'à', start: 200_002, end: 200_003 });
  });

  it.each([
    // Small enough for vntk itself (it doubles its time with each extra character).
    `${'A'.repeat(12)} à`,
    `${'1'.repeat(12)} x`,
    `${'('.repeat(12)} à`,
    `${'1.'.repeat(12)}x`,
    `${'12/'.repeat(12)}x`,
    `${'ĐĐ.'.repeat(12)} à`,
  ])('%j equals vntk', (text) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(vntkTokenizer.tokenize(text));
  });
});

describe('tokenize: span', () => {
  it.each([
    [0, 3, ['Các']],
    [4, 100, ['cấp', 'CĐ']],
    [-5, 2, ['Cá']],
    [9, 4, []],
  ])('[%i, %i)', (start, end, expected) => {
    expect(tokenize('Các cấp CĐ', start, end).map((t) => t.text)).toEqual(expected);
  });
});
