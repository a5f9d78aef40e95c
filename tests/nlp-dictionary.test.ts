// The is_in_dict word list: our sorted copy answers exactly as @vntk/dictionary's has() would.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inDictionary, inDictionaryAll } from '../src/nlp/dictionary.js';
import { wordSlots } from '../src/nlp/word-set.js';

const require = createRequire(import.meta.url);
// @vntk/dictionary's own construction (its index.js also parses an 11 MB JSON, so not loaded).
const pkg = createRequire(require.resolve('vntk/package.json')).resolve('@vntk/dictionary/package.json');
const original = readFileSync(join(dirname(pkg), 'data', 'Viet74K.txt'), 'utf8');
const lowerWords = original.toLowerCase().split('\n');
const has = (word: string) => (word ? lowerWords.indexOf(word.toLowerCase()) > -1 : false);

describe('inDictionary', () => {
  it('src/data/viet74k-lower.txt is @vntk/dictionary lower-cased, deduplicated, sorted by UTF-8 bytes', () => {
    const ours = readFileSync(new URL('../src/data/viet74k-lower.txt', import.meta.url), 'utf8').split('\n');
    expect(ours[0]).toMatch(/^# Viet74K word list/u);
    expect(ours.at(-1)).toBe('');
    const expected = [...new Set(lowerWords)].filter((w) => w !== '');
    expected.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(ours.slice(1, -1)).toEqual(expected);
  });

  it('every original entry, in its original case, is found', () => {
    const lines = original.split('\n').filter((w) => w !== '');
    expect(lines.filter((w) => !inDictionary(w))).toEqual([]);
  });

  it.each([
    ['công đoàn', true],
    ['Công Đoàn', true],
    ['CÔNG ĐOÀN', true],
    ['a', true],
    ['ỷ thế', true],
    ['gọi là ', true],
    ['gọi là', true],
    ['', false],
    ['công đoàn viên chức xyz', false],
    ['Cần Thơ', has('Cần Thơ')],
    ['LĐLĐ', false],
    ['zzzz', false],
    ['\u0000', false],
    ['a\uD800', false],
    ['\uFFFD', false],
    ['😀', false],
    ['# Viet74K word list', false],
  ])('%j → %s', (word, expected) => {
    expect(inDictionary(word)).toBe(expected);
    expect(has(word)).toBe(expected);
  });
});

describe('the word list\'s slot table', () => {
  it('the one the build writes is the one made in memory', () => {
    const built = new URL('../dist/data/viet74k-lower.slots', import.meta.url);
    const list = readFileSync(new URL('../src/data/viet74k-lower.txt', import.meta.url));
    const slots = wordSlots(list);
    const view = new DataView(slots.buffer);
    // 72 547 words (the file's lines after its header), two slots in three filled.
    expect([view.getUint32(0, true), view.getUint32(4, true)]).toEqual([72_547 + (72_547 >> 1) + 1, list.toString('utf8').split('\n').slice(1).reduce((longest, w) => Math.max(longest, Buffer.byteLength(w)), 0)]);
    if (existsSync(built)) expect(Buffer.from(slots).equals(readFileSync(built))).toBe(true);
  });
});

describe('inDictionaryAll', () => {
  const words = ['công đoàn', 'CÔNG ĐOÀN', '', 'zzzz', 'gọi là ', '\u0000', 'a', 'a\uD800', 'İ', 'ΟΔΟΣ', 'Cần Thơ', '# Viet74K word list'];

  it('answers as inDictionary does, word by word', () => {
    expect(Array.from(inDictionaryAll(words))).toEqual(words.map((w) => (inDictionary(w) ? 1 : 0)));
    expect(Array.from(inDictionaryAll(['công đoàn', '', 'a']))).toEqual([1, 0, 1]);
  });

  it('asks word by word when a word holds the NUL that separates them, or a lone surrogate', () => {
    expect(Array.from(inDictionaryAll(['a\u0000b', 'công đoàn']))).toEqual([0, 1]);
    expect(Array.from(inDictionaryAll(['\uD800', 'a']))).toEqual([0, 1]);
    expect(Array.from(inDictionaryAll([]))).toEqual([]);
  });

  it('a line break or a word longer than any in the list is in no line of it', () => {
    // `gọi\nlà` would run across two lines of the file; a 1 MB word would probe past its end.
    expect(Array.from(inDictionaryAll(['gọi\nlà', 'a', 'a'.repeat(1 << 20), 'công\nđoàn viên']))).toEqual([0, 1, 0, 0]);
    expect(inDictionary('x'.repeat(5_000_000))).toBe(false);
  });

  it('every original entry, all in one call', () => {
    const lines = original.split('\n').filter((w) => w !== '');
    expect(inDictionaryAll(lines).every((f) => f === 1)).toBe(true);
  });
});
