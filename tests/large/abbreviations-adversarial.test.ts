// Odd and hostile input: the abbreviation layer returns (linear work, no throw) with exact results.
import { describe, expect, it } from 'vitest';
import { extractAbbreviations } from '../../src/extract/abbreviations/index.js';
import { isNonFinalAbbreviation } from '../../src/lexicon/short-forms.js';
import { expandAbbreviations } from '../../src/extract/abbreviations/expand.js';

const run = (text: string) => {
  const found = extractAbbreviations(text, [{ start: 0, end: text.length }]);
  const expanded = expandAbbreviations(text, found);
  return { found: found.map((a) => [a.short, a.count]), expandedLength: expanded.length };
};

// A fixed pseudo-random string of code units, lone surrogates and controls included.
function junk(length: number): string {
  let seed = 42;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push(String.fromCharCode(seed % 0xffff));
  }
  return out.join('');
}

describe('adversarial input', () => {
  it.each([
    ['100 000 digits', '1'.repeat(100_000), [], 100_000],
    ['100 000 `(`', '('.repeat(100_000), [], 100_000],
    ['100 000 nested brackets around NLĐ', `${'('.repeat(50_000)}NLĐ${')'.repeat(50_000)}`, [['NLĐ', 1]], 100_014],
    ['100 000 capitals', 'A'.repeat(100_000), [], 100_000],
    ['100 000 `Đ`', 'Đ'.repeat(100_000), [], 100_000],
    ['100 000 dots', '.'.repeat(100_000), [], 100_000],
    ['A. 100 000 times', 'A.'.repeat(100_000), [], 200_000],
    ['&- 100 000 times', 'A&-'.repeat(100_000), [], 300_000],
    ['100 000 `((NLĐ)` ', '((NLĐ) '.repeat(100_000), [['NLĐ', 100_000]], 1_800_000],
    // no space anywhere: the look-back for a web address stays bounded
    ['`NLĐ,` 100 000 times without a space', 'NLĐ,'.repeat(100_000), [['NLĐ', 100_000]], 1_500_000],
  ])('%s', (_name, text, found, expandedLength) => {
    expect(run(text)).toEqual({ found, expandedLength });
  });

  it('a 5 MB line of `a `', () => {
    expect(run('a '.repeat(2_500_000))).toEqual({ found: [], expandedLength: 5_000_000 });
  });

  it('20 000 uses and 10 000 definitions', () => {
    expect(run('ĐV, NLĐ '.repeat(20_000)).found).toEqual([['ĐV', 20_000], ['NLĐ', 20_000]]);
    expect(run('người lao động (NLĐ) '.repeat(10_000)).found).toEqual([['NLĐ', 10_000]]);
  });

  it('junk code units', () => {
    const text = junk(200_000);
    expect(() => run(text)).not.toThrow();
  });

  it('bad arguments', () => {
    expect(extractAbbreviations(undefined as unknown as string, [])).toEqual([]);
    expect(extractAbbreviations('NLĐ', null as unknown as [])).toEqual([]);
    expect(extractAbbreviations('NLĐ', [{ start: Number.NaN, end: 3 }])).toEqual([]);
    expect(extractAbbreviations('NLĐ', [{ start: 0, end: Number.POSITIVE_INFINITY }])).toEqual([]);
    expect(extractAbbreviations('NLĐ', [{ start: 0, end: 3 }], { userDict: null })).toHaveLength(1);
    expect(extractAbbreviations('NLĐ', [{ start: 0, end: 3 }], { userDict: {} as unknown as Map<string, never> })).toHaveLength(1);
    expect(extractAbbreviations('HTX', [{ start: 0, end: 3 }], { userDict: new Map([['HTX', null as never]]) })[0]?.source).toBe('builtin');
    expect(isNonFinalAbbreviation('T'.repeat(100_000))).toBe(false);
    expect(isNonFinalAbbreviation(undefined as unknown as string)).toBe(false);
  });
});
