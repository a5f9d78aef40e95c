// The user's own dictionary: read from a TSV file, it adds entries and overrides the built-in
// ones (but not the article's own definitions); a bad file names its line.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DictionaryError, extractAbbreviations, loadUserDictionary } from '../src/extract/abbreviations/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/abbreviations/${name}`, import.meta.url));

describe('loadUserDictionary', () => {
  it('reads entries, skipping the header, comments and blank lines', () => {
    const dict = loadUserDictionary(fixture('user-dict.tsv'));
    expect([...dict.values()]).toEqual([
      { short: 'HTX', expansion: 'hợp tác xã nông nghiệp', line: 5 },
      { short: 'BĐH', expansion: 'Ban Điều hành', line: 6 },
      { short: 'KDL', expansion: 'khu du lịch', line: 7 },
    ]);
  });

  it('accepts the same entry twice', () => {
    expect([...loadUserDictionary(fixture('duplicate-same.tsv')).values()]).toEqual([{ short: 'HTX', expansion: 'hợp tác xã', line: 1 }]);
  });

  it.each([
    ['bad-no-tab.tsv', 3, 'bad-no-tab.tsv:3: expected "short<TAB>expansion", found no tab'],
    ['bad-columns.tsv', 2, 'bad-columns.tsv:2: expected 2 columns (short, expansion), found 3'],
    ['bad-empty-expansion.tsv', 2, 'bad-empty-expansion.tsv:2: empty expansion for "BĐH"'],
    ['bad-duplicate.tsv', 4, 'bad-duplicate.tsv:4: "HTX" already defined on line 1 as "hợp tác xã"'],
    ['bad-space.tsv', 1, 'bad-space.tsv:1: short form "H TX" contains a space'],
    ['bad-encoding.tsv', 1, 'bad-encoding.tsv:1: not UTF-8 text'],
  ])('%s: error on line %i', (name, line, message) => {
    const path = fixture(name);
    let error: unknown;
    try {
      loadUserDictionary(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DictionaryError);
    expect(error).toMatchObject({ path, line, name: 'DictionaryError' });
    expect((error as Error).message).toBe(`${path.replace(name, '')}${message}`);
  });

  it('a missing file is an error without a line', () => {
    const path = fixture('does-not-exist.tsv');
    expect(() => loadUserDictionary(path)).toThrowError(new DictionaryError('no such file', path, null));
    expect(() => loadUserDictionary(path)).toThrowError(`${path}: no such file`);
  });

  it('a directory is an error without a line', () => {
    const path = fixture('');
    expect(() => loadUserDictionary(path)).toThrowError(/is a directory$/u);
  });
});

describe('extractAbbreviations with a user dictionary', () => {
  const userDict = loadUserDictionary(fixture('user-dict.tsv'));
  const run = (text: string) =>
    extractAbbreviations(text, [{ start: 0, end: text.length }], { userDict }).map((a) => [a.short, a.expansion, a.source, a.count]);

  it('adds entries the built-in dictionary lacks and overrides the ones it has', () => {
    expect(run('BĐH dự án họp với các HTX và KDL Mỹ Khánh.')).toEqual([
      ['BĐH', 'Ban Điều hành', 'user', 1],
      ['HTX', 'hợp tác xã nông nghiệp', 'user', 1],
      ['KDL', 'khu du lịch', 'user', 1],
    ]);
  });

  it('without it the same text has unknowns and the built-in sense', () => {
    const text = 'BĐH dự án họp với các HTX và KDL Mỹ Khánh.';
    expect(extractAbbreviations(text, [{ start: 0, end: text.length }], { userDict: null }).map((a) => [a.short, a.source])).toEqual([
      ['BĐH', 'unknown'],
      ['HTX', 'builtin'],
      ['KDL', 'unknown'],
    ]);
  });

  it('the article’s own definition still wins', () => {
    expect(run('Các hợp tác xã (HTX) kiểu mới; HTX Tân Phú.')).toEqual([['HTX', 'hợp tác xã', 'inline', 2]]);
  });

  it('counts every use of the user’s short form, and its variants', () => {
    expect(run('KDL Mỹ Khánh và K-DL Phù Sa; HTX hay H.T.X?')).toEqual([
      ['KDL', 'khu du lịch', 'user', 2],
      ['HTX', 'hợp tác xã nông nghiệp', 'user', 1],
    ]);
  });
});
