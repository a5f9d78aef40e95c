// The abbreviation extractor on the project's fixture article and on the sentence forms it handles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAbbreviations, isNonFinalAbbreviation } from '../src/extract/abbreviations.js';
import type { Span } from '../src/types.js';

const fixture = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8');

/** Content parts of the fixture: every non-empty line but the dateline, the byline and the trailer. */
function contentSpans(text: string): Span[] {
  const spans: Span[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    const skip = t === '' || /^\d\d\/\d\d\/\d{4} - \d\d:\d\d$/u.test(t) || t === 'Bài, ảnh: Kiến Quốc' || t === 'Chia sẻ bài viết';
    if (!skip) spans.push({ start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  return spans;
}

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];

describe('fixture can-tho-cong-doan.txt', () => {
  const found = extractAbbreviations(fixture, contentSpans(fixture));

  it('finds exactly CĐ, TP, ĐV, NLĐ, LĐLĐ, in order of first use', () => {
    expect(found.map((a) => a.short)).toEqual(['CĐ', 'TP', 'ĐV', 'NLĐ', 'LĐLĐ']);
  });

  // Offsets worked out from the file: the lead starts at 83 (`công đoàn (CĐ)` at 91), the
  // caption at 416, the first body paragraph at 513.
  it.each([
    ['CĐ', 'công đoàn', 'inline', 102, [102, 678, 945, 1236, 1403, 1633, 1705, 1945]],
    ['TP', 'thành phố', 'builtin', null, [106, 430, 553, 584]],
    ['ĐV', 'đoàn viên', 'inline', 388, [388, 1202, 1429, 1613, 2088, 2313]],
    ['NLĐ', 'người lao động', 'inline', 409, [409, 1206, 1433, 1617, 1866, 2092, 2196, 2317]],
    ['LĐLĐ', 'Liên đoàn Lao động', 'builtin', null, [425, 444, 548, 579]],
  ] as const)('%s = %s (%s)', (short, expansion, source, definedAt, starts) => {
    const a = found.find((x) => x.short === short);
    expect(a).toBeDefined();
    expect(a?.expansion).toBe(expansion);
    expect(a?.source).toBe(source);
    expect(a?.definedAt).toBe(definedAt);
    expect(a?.count).toBe(starts.length);
    expect(a?.first).toBe(starts[0]);
    expect(a?.mentions).toEqual(starts.map((s) => [s, s + short.length]));
    for (const [s, e] of a?.mentions ?? []) expect(fixture.slice(s, e)).toBe(short);
  });

  it('counts CĐ 8, ĐV 6, NLĐ 8, LĐLĐ 4, TP 4', () => {
    expect(Object.fromEntries(found.map((a) => [a.short, a.count]))).toEqual({ 'CĐ': 8, 'ĐV': 6, 'NLĐ': 8, 'LĐLĐ': 4, TP: 4 });
  });

  it('records the span of each inline definition', () => {
    const spanText = (short: string): string => {
      const d = found.find((a) => a.short === short)?.definition;
      return d ? fixture.slice(d[0], d[1]) : '';
    };
    expect(spanText('CĐ')).toBe('công đoàn (CĐ)');
    expect(spanText('ĐV')).toBe('đoàn viên (ĐV)');
    expect(spanText('NLĐ')).toBe('người lao động (NLĐ)');
    expect(found.find((a) => a.short === 'TP')?.definition).toBeUndefined();
  });

  it('does not report COVID-19, nor anything in the dateline or byline', () => {
    expect(found.some((a) => a.short.startsWith('COVID'))).toBe(false);
    expect(found.every((a) => a.mentions.every(([s]) => s > 20 && s < 2450))).toBe(true);
  });
});

describe('isNonFinalAbbreviation', () => {
  it.each([
    ['TP.', true],
    ['TP', true],
    ['Tp.', true],
    ['TX.', true],
    ['TT.', true],
    ['ThS.', true],
    ['Th.S.', true],
    ['GS.', true],
    ['TS.', true],
    ['PGS.', true],
    ['PGS.TS.', true],
    ['BS.', true],
    ['NSND.', true],
    ['NLĐ.', false],
    ['ĐV.', false],
    ['UBND.', false],
    ['TP.HCM.', false],
    ['Hà.', false],
    ['nhà.', false],
    ['', false],
    ['.', false],
  ])('%s → %s', (word, expected) => {
    expect(isNonFinalAbbreviation(word)).toBe(expected);
  });
});
