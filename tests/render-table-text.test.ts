// The table for a person, given the text: line:col places, contexts with the mention marked,
// the lead and the captions in the header, repeated mentions collapsed, relative dates in words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateValue, offsetWords } from '../src/render/describe.js';
import { contextAround, createLocator } from '../src/render/locate.js';
import { renderTable } from '../src/render/table.js';
import { displayWidth } from '../src/render/text.js';
import type { DateMention } from '../src/types.js';
import { RANGE_TEXT, canThoAnalysis, emptyAnalysis, rangeAnalysis } from './render-sample.js';

const ESC = '\u001b';
const B = `${ESC}[1m`;
const b = `${ESC}[22m`;
// SGR sequences as chalk writes them. Example: `\u001b[1m…\u001b[22m`.
const SGR = /\u001b\[[0-9;]*m/gu;
const text = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8');

function section(out: string, title: string): string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l.replace(SGR, '').startsWith(title));
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('renderTable with the text of fixtures/can-tho-cong-doan.txt', () => {
  it('prints the whole view exactly at 100 columns, colour off', () => {
    expect(renderTable(canThoAnalysis(), { color: false, width: 100, text }).split('\n')).toEqual([
      'fixtures/can-tho-cong-doan.txt',
      'Title     Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng',
      'Dateline  03/12/2023 - 07:09 (2023-12-03T07:09)',
      'Lead      Các cấp công đoàn (CĐ) TP Cần Thơ đã triển khai nhiều hoạt động thiết thực, tích cực tham',
      '          gia đấu tranh, tuyên truyền, phản bác các quan điểm sai trái, những thông tin xấu, độc',
      '          trên mạng xã hội. Qua đó, góp phần bảo vệ nền tảng tư tưởng của Đảng, định hướng thông tin',
      '          chính thống cho lực lượng đoàn viên (ĐV), người lao động (NLĐ).',
      'Captions  1',
      'Byline    Bài, ảnh: Kiến Quốc (by Kiến Quốc)',
      'Stats     2466 characters, 545 syllables, 402 words, 12 sentences, 4 paragraphs',
      '',
      'Abbreviations (5)',
      '┌───────┬────────────────────┬─────────┬───────┬───────┬─────────┐',
      '│ Short │ Expansion          │ Source  │ Count │ First │ Defined │',
      '├───────┼────────────────────┼─────────┼───────┼───────┼─────────┤',
      '│ CĐ    │ công đoàn          │ inline  │     8 │  5:20 │     5:9 │',
      '│ TP    │ thành phố          │ builtin │     4 │  5:24 │       - │',
      '│ ĐV    │ đoàn viên          │ inline  │     6 │ 5:306 │   5:295 │',
      '│ NLĐ   │ người lao động     │ inline  │     8 │ 5:327 │   5:311 │',
      '│ LĐLĐ  │ Liên đoàn Lao động │ builtin │     4 │  7:10 │       - │',
      '└───────┴────────────────────┴─────────┴───────┴───────┴─────────┘',
      '',
      'Entities (9)',
      'PER people · 2 names, 2 mentions',
      '┌──────────────────┬───────┬───────┬──────────────────────────┐',
      '│ Name             │ Count │ First │ Roles / forms            │',
      '├──────────────────┼───────┼───────┼──────────────────────────┤',
      '│ Lê Thị Sương Mai │     1 │   9:9 │ Chủ tịch LĐLĐ TP Cần Thơ │',
      '│ Kiến Quốc        │     1 │ 17:11 │                          │',
      '└──────────────────┴───────┴───────┴──────────────────────────┘',
      'ORG organisations · 2 names, 4 mentions',
      '┌────────────────────┬───────┬───────┬───────────────┐',
      '│ Name               │ Count │ First │ Roles / forms │',
      '├────────────────────┼───────┼───────┼───────────────┤',
      '│ LĐLĐ TP Cần Thơ    │     3 │  7:10 │               │',
      '│ LĐLĐ quận Thốt Nốt │     1 │  7:29 │               │',
      '└────────────────────┴───────┴───────┴───────────────┘',
      'LOC places · 2 names, 5 mentions',
      '┌───────────────┬───────┬───────┬───────────────┐',
      '│ Name          │ Count │ First │ Roles / forms │',
      '├───────────────┼───────┼───────┼───────────────┤',
      '│ TP Cần Thơ    │     4 │  5:24 │               │',
      '│ quận Thốt Nốt │     1 │  7:34 │               │',
      '└───────────────┴───────┴───────┴───────────────┘',
      'MISC other names · 3 names, 3 mentions',
      '┌─────────────────────────────────┬───────┬────────┬───────────────┐',
      '│ Name                            │ Count │  First │ Roles / forms │',
      '├─────────────────────────────────┼───────┼────────┼───────────────┤',
      '│ COVID-19                        │     1 │  13:31 │               │',
      '│ Tháng Công nhân                 │     1 │ 13:485 │               │',
      '│ Lắng nghe - Thấu hiểu - Chia sẻ │     1 │ 13:517 │               │',
      '└─────────────────────────────────┴───────┴────────┴───────────────┘',
      '',
      'Numbers (5)',
      '┌────────┬───────────────┬──────┬───────┬───────┬───────────────────────────────────────────┐',
      '│     At │         Value │ Unit │ Kind  │ Count │ Context                                   │',
      '├────────┼───────────────┼──────┼───────┼───────┼───────────────────────────────────────────┤',
      '│ 11:338 │    hơn 19.700 │ cuộc │ count │     1 │ …tổ chức hơn [19.700] cuộc triển khai…    │',
      '│ 11:488 │ hơn 1.850.000 │ lượt │ count │     1 │ …CĐ đến hơn [1.850.000] lượt ĐV, NLĐ.…    │',
      '│ 11:533 │           120 │ nhóm │ count │     1 │ …thời, thành lập [120] nhóm truyền thông… │',
      '│  13:86 │     hơn 9.900 │ cuộc │ count │     1 │ …tổ chức hơn [9.900] cuộc tuyên truyền,…  │',
      '│ 13:129 │            15 │ cuộc │ count │     1 │ …động, tổ chức [15] cuộc thi, Hội…        │',
      '└────────┴───────────────┴──────┴───────┴───────┴───────────────────────────────────────────┘',
      '',
      'Dates (2)',
      '┌────────┬──────────┬──────────────────┬───────┬──────────────────────────────────────────┐',
      '│     At │ Kind     │ Value            │ Count │ Context                                  │',
      '├────────┼──────────┼──────────────────┼───────┼──────────────────────────────────────────┤',
      '│    1:1 │ datetime │ 2023-12-03T07:09 │     1 │ [03/12/2023 - 07:09]                     │',
      '│ 11:291 │ duration │ P5Y              │     1 │ …ĐV, NLĐ. Trong [5 năm qua], các cấp CĐ… │',
      '└────────┴──────────┴──────────────────┴───────┴──────────────────────────────────────────┘',
      '',
    ]);
  });

  it('prints numbers and dates with the mention in bold at 100 columns, colour on', () => {
    const out = renderTable(canThoAnalysis(), { color: true, width: 100, text });
    expect(section(out, 'Dates')).toEqual([
      `${B}Dates (2)${b}`,
      '┌────────┬──────────┬──────────────────┬───────┬────────────────────────────────────────┐',
      `│     ${B}${ESC}[36mAt${ESC}[39m${b} │ ${B}${ESC}[36mKind${ESC}[39m${b}     │ ${B}${ESC}[36mValue${ESC}[39m${b}            │ ${B}${ESC}[36mCount${ESC}[39m${b} │ ${B}${ESC}[36mContext${ESC}[39m${b}                                │`,
      '├────────┼──────────┼──────────────────┼───────┼────────────────────────────────────────┤',
      `│    1:1 │ datetime │ 2023-12-03T07:09 │     1 │ ${B}03/12/2023 - 07:09${b}                     │`,
      `│ 11:291 │ duration │ P5Y              │     1 │ …ĐV, NLĐ. Trong ${B}5 năm qua${b}, các cấp CĐ… │`,
      '└────────┴──────────┴──────────────────┴───────┴────────────────────────────────────────┘',
    ]);
    expect(section(out, 'Numbers')[4]).toBe(`│ 11:338 │    hơn 19.700 │ cuộc │ count │     1 │ …tổ chức hơn ${B}19.700${b} cuộc triển khai…    │`);
    // Without its colour codes, the coloured view is the plain one without the brackets.
    const plain = renderTable(canThoAnalysis(), { color: false, width: 100, text });
    expect(section(out, 'Abbreviations').map((l) => l.replace(SGR, ''))).toEqual(section(plain, 'Abbreviations'));
  });

  it('wraps contexts between words at 80 columns, colour off and on', () => {
    expect(section(renderTable(canThoAnalysis(), { color: false, width: 80, text }), 'Dates')).toEqual([
      'Dates (2)',
      '┌────────┬──────────┬──────────────────┬───────┬───────────────────────────────┐',
      '│     At │ Kind     │ Value            │ Count │ Context                       │',
      '├────────┼──────────┼──────────────────┼───────┼───────────────────────────────┤',
      '│    1:1 │ datetime │ 2023-12-03T07:09 │     1 │ [03/12/2023 - 07:09]          │',
      '│ 11:291 │ duration │ P5Y              │     1 │ …ĐV, NLĐ. Trong [5 năm qua],  │',
      '│        │          │                  │       │ các cấp CĐ…                   │',
      '└────────┴──────────┴──────────────────┴───────┴───────────────────────────────┘',
    ]);
    for (const color of [false, true]) {
      const out = renderTable(canThoAnalysis(), { color, width: 80, text });
      expect(Math.max(...out.replace(SGR, '').split('\n').map(displayWidth))).toBeLessThanOrEqual(80);
    }
    // A mention wrapped over two lines is bold on both, each line closing its own bold.
    const coloured = section(renderTable(canThoAnalysis(), { color: true, width: 46, text }), 'Dates');
    expect(coloured.filter((l) => l.includes(B)).every((l) => l.lastIndexOf(B) < l.lastIndexOf(b))).toBe(true);
  });
});

describe('renderTable: repeated mentions and places', () => {
  // Three mentions of 20 người (one with `hơn`, so a row of its own) and one of 20 con.
  const lines = 'Hơn 20 người đến. Sau đó 20 người về.\n20 người ở lại, 20 con.';
  function repeated() {
    const a = emptyAnalysis();
    delete a.line;
    a.numbers.push(
      { text: '20', start: 4, end: 6, value: 20, unit: 'người', qualifier: 'hơn', kind: 'count' },
      { text: '20', start: 25, end: 27, value: 20, unit: 'người', qualifier: null, kind: 'count' },
      { text: '20', start: 38, end: 40, value: 20, unit: 'người', qualifier: null, kind: 'count' },
      { text: '20', start: 54, end: 56, value: 20, unit: 'con', qualifier: null, kind: 'count' },
    );
    return a;
  }

  it('collapses one number said the same way into one row with its count, at its first place', () => {
    expect(section(renderTable(repeated(), { color: false, width: 100, text: lines }), 'Numbers')).toEqual([
      'Numbers (3)',
      '┌──────┬────────┬───────┬───────┬───────┬─────────────────────────────┐',
      '│   At │  Value │ Unit  │ Kind  │ Count │ Context                     │',
      '├──────┼────────┼───────┼───────┼───────┼─────────────────────────────┤',
      '│  1:5 │ hơn 20 │ người │ count │     1 │ Hơn [20] người đến. Sau…    │',
      '│ 1:26 │     20 │ người │ count │     2 │ …đến. Sau đó [20] người về. │',
      '│ 2:17 │     20 │ con   │ count │     1 │ …người ở lại, [20] con.     │',
      '└──────┴────────┴───────┴───────┴───────┴─────────────────────────────┘',
    ]);
  });

  it('counts lines from the document\'s own line with --lines', () => {
    const locate = createLocator('một\nhai ba', 7);
    expect([0, 3, 4, 6].map((o) => locate(o))).toEqual([
      { line: 7, column: 1 }, { line: 7, column: 4 }, { line: 8, column: 1 }, { line: 8, column: 3 },
    ]);
    const a = emptyAnalysis();
    a.abbreviations.push({ short: 'UBND', expansion: 'Ủy ban nhân dân', source: 'builtin', count: 1, first: 5, definedAt: null, mentions: [[5, 9]] });
    expect(renderTable(a, { color: false, text: 'Họp UBND xã.' })).toContain('│ UBND  │ Ủy ban nhân dân │ builtin │     1 │   3:6 │       - │');
  });
});

describe('contextAround', () => {
  it.each([
    // Three words either side, `…` where the line goes on.
    ['một hai ba bốn NĂM sáu bảy tám chín', 'NĂM', { before: '…hai ba bốn ', mention: 'NĂM', after: ' sáu bảy tám…' }],
    // Punctuation touching the mention stays with it.
    ['công đoàn (CĐ) thành phố', 'CĐ', { before: 'công đoàn (', mention: 'CĐ', after: ') thành phố' }],
    // Never across a line break.
    ['dòng trên\n19.700 cuộc\ndòng dưới', '19.700', { before: '', mention: '19.700', after: ' cuộc' }],
    ['', '', { before: '', mention: '', after: '' }],
  ])('in %j around %j', (line, mention, expected) => {
    const start = line.indexOf(mention);
    expect(contextAround(line, start, start + mention.length)).toEqual(expected);
  });

  it('reads no further than a few words into a 5 MB line', () => {
    const long = 'a '.repeat(2_500_000);
    const c = contextAround(long, 2_500_000, 2_500_001);
    expect(c).toEqual({ before: '…a a a ', mention: 'a', after: ' a a a…' });
  });
});

describe('relative dates in words', () => {
  it.each([
    ['-P1D', '1 day before publication'],
    ['P0D', 'the day of publication'],
    ['+P2W', '2 weeks after publication'],
    ['-P1Y6M', '1 year 6 months before publication'],
    ['-PT3H', '3 hours before publication'],
    ['P1M', '1 month after publication'],
    ['P', null],
    ['-P1DT', null],
    ['1 day', null],
  ])('tells %j as %j', (offset, expected) => {
    expect(offsetWords(offset)).toBe(expected);
  });

  const yesterday: DateMention = { text: 'hôm qua', start: 0, end: 7, kind: 'relative', value: 'XXXX-XX-XX' };
  it.each([
    ['no dateline: words', { ...yesterday, anchor: 'none', offset: '-P1D' }, '1 day before publication'],
    ['a dateline: the value', { ...yesterday, value: '2023-12-02', anchor: 'dateline', offset: '-P1D' }, '2023-12-02'],
    ['no anchor fields: the value as is', yesterday, 'XXXX-XX-XX'],
    ['an offset that is not a duration: the value', { ...yesterday, anchor: 'none', offset: 'hôm qua' }, 'XXXX-XX-XX'],
  ])('%s', (_, date, expected) => {
    expect(dateValue(date as DateMention)).toBe(expected);
  });

  it('shows them in the table: "hôm qua" 1 day before publication', () => {
    const a = emptyAnalysis();
    a.dates.push({ ...yesterday, anchor: 'none', offset: '-P1D' } as DateMention);
    expect(section(renderTable(a, { color: false, text: 'hôm qua, xã họp.' }), 'Dates')).toEqual([
      'Dates (1)',
      '┌─────┬──────────┬──────────────────────────┬───────┬────────────────────┐',
      '│  At │ Kind     │ Value                    │ Count │ Context            │',
      '├─────┼──────────┼──────────────────────────┼───────┼────────────────────┤',
      '│ 3:1 │ relative │ 1 day before publication │     1 │ [hôm qua], xã họp. │',
      '└─────┴──────────┴──────────────────────────┴───────┴────────────────────┘',
    ]);
  });
});

describe('renderTable: a number range', () => {
  it('is one row with both values, its context marking the whole range', () => {
    const out = renderTable(rangeAnalysis(), { color: false, text: RANGE_TEXT, width: 200 });
    const rows = out.slice(out.indexOf('Numbers')).split('\n').filter((l) => l.startsWith('│'));
    expect(rows.map((l) => l.split('│').map((c) => c.trim()).filter((c) => c !== ''))).toEqual([
      ['At', 'Value', 'Unit', 'Kind', 'Count', 'Context'],
      ['1:10', '10.000.000.000–15.000.000.000', 'đồng', 'money', '1', 'Giá thép [10-15 tỷ] đồng, sản lượng…'],
      ['1:38', '150–200', 'tấn', 'measure', '1', '…sản lượng từ [150 đến 200] tấn.'],
    ]);
  });
});
