// CSV renderer: exact records for the fixture analysis, and a strict RFC 4180 parse-back.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvHeader, renderCsv, renderCsvRows } from '../src/render/csv.js';
import type { Analysis } from '../src/types.js';
import { CAPTION, LEAD, RANGE_TEXT, canThoAnalysis, emptyAnalysis, parseCsv, rangeAnalysis } from './render-sample.js';

function toObjects(csv: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(csv);
  expect(head).toEqual([...CSV_COLUMNS]);
  for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  return rows.map((row) => Object.fromEntries(CSV_COLUMNS.map((c, k) => [c, row[k] ?? ''])));
}

describe('parseCsv (the test\'s own reader)', () => {
  it.each([
    ['a,"b,c","d""e"\r\n', [['a', 'b,c', 'd"e']]],
    ['"x\r\ny",\r\n', [['x\r\ny', '']]],
  ])('reads %j', (input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });
  it.each(['a"b\r\n', '"a"b\r\n', 'a,b', '"a\r\n'])('rejects %j', (input) => {
    expect(() => parseCsv(input)).toThrow();
  });
});

describe('csvHeader', () => {
  it('is the fixed column list, CRLF-terminated', () => {
    expect(csvHeader()).toBe('source,line,section,text,start,end,value,unit,qualifier,kind,type,expansion,count\r\n');
  });
});

describe('renderCsvRows', () => {
  it('renders the fixture analysis as exact records', () => {
    const src = 'fixtures/can-tho-cong-doan.txt';
    expect(renderCsvRows(canThoAnalysis()).split('\r\n')).toEqual([
      `${src},,article,03/12/2023 - 07:09,,,2023-12-03T07:09,,,dateline,,,`,
      `${src},,article,Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng,,,,,,title,,,`,
      `${src},,article,"${LEAD}",,,,,,lead,,,`,
      `${src},,article,"${CAPTION}",,,,,,caption,,,`,
      `${src},,article,"Bài, ảnh: Kiến Quốc",,,Kiến Quốc,,,byline,,,`,
      `${src},,article,Chia sẻ bài viết,,,,,,trailer,,,`,
      `${src},,article,,,,4,,,paragraphs,,,`,
      `${src},,stats,,,,2466,,,characters,,,`,
      `${src},,stats,,,,545,,,syllables,,,`,
      `${src},,stats,,,,402,,,words,,,`,
      `${src},,stats,,,,12,,,sentences,,,`,
      `${src},,stats,,,,4,,,paragraphs,,,`,
      `${src},,abbreviation,CĐ,102,104,,,,inline,,công đoàn,8`,
      `${src},,abbreviation,TP,106,108,,,,builtin,,thành phố,4`,
      `${src},,abbreviation,ĐV,388,390,,,,inline,,đoàn viên,6`,
      `${src},,abbreviation,NLĐ,409,412,,,,inline,,người lao động,8`,
      `${src},,abbreviation,LĐLĐ,425,429,,,,builtin,,Liên đoàn Lao động,4`,
      `${src},,entity,TP Cần Thơ,106,116,TP Cần Thơ,,,,LOC,,4`,
      `${src},,entity,LĐLĐ TP Cần Thơ,425,440,LĐLĐ TP Cần Thơ,,,,ORG,,3`,
      `${src},,entity,LĐLĐ quận Thốt Nốt,444,462,,,,,ORG,,1`,
      `${src},,entity,quận Thốt Nốt,449,462,,,,,LOC,,1`,
      `${src},,entity,Lê Thị Sương Mai,521,537,,,Chủ tịch LĐLĐ TP Cần Thơ,,PER,,1`,
      `${src},,entity,COVID-19,1668,1676,,,,,MISC,,1`,
      `${src},,entity,Tháng Công nhân,2122,2137,,,,,MISC,,1`,
      `${src},,entity,Lắng nghe - Thấu hiểu - Chia sẻ,2154,2185,,,,,MISC,,1`,
      `${src},,entity,Kiến Quốc,2479,2488,,,,,PER,,1`,
      `${src},,number,19.700,1264,1270,19700,cuộc,hơn,count,,,`,
      `${src},,number,1.850.000,1414,1423,1850000,lượt,hơn,count,,,`,
      `${src},,number,120,1459,1462,120,nhóm,,count,,,`,
      `${src},,number,9.900,1723,1728,9900,cuộc,hơn,count,,,`,
      `${src},,number,15,1766,1768,15,cuộc,,count,,,`,
      `${src},,date,03/12/2023 - 07:09,0,18,2023-12-03T07:09,,,datetime,,,`,
      `${src},,date,5 năm qua,1217,1226,P5Y,,,duration,,,`,
      '',
    ]);
  });

  it('parses back with every section, the right column count, and the text of quoted cells intact', () => {
    const rows = toObjects(renderCsv([canThoAnalysis()]));
    expect(new Set(rows.map((r) => r.section))).toEqual(new Set(['article', 'stats', 'abbreviation', 'entity', 'number', 'date']));
    expect(rows.find((r) => r.kind === 'lead')?.text).toBe(LEAD);
    expect(rows.find((r) => r.kind === 'byline')).toMatchObject({ text: 'Bài, ảnh: Kiến Quốc', value: 'Kiến Quốc' });
  });

  it('writes the line number with --lines and only the always-present rows for an empty document', () => {
    expect(renderCsvRows(emptyAnalysis())).toBe(
      [
        '-,3,article,,,,1,,,paragraphs,,,',
        '-,3,stats,,,,12,,,characters,,,',
        '-,3,stats,,,,3,,,syllables,,,',
        '-,3,stats,,,,2,,,words,,,',
        '-,3,stats,,,,1,,,sentences,,,',
        '-,3,stats,,,,1,,,paragraphs,,,',
        '',
      ].join('\r\n'),
    );
  });

  // Cells that are hostile to CSV: each goes in as an entity's text and must come back unchanged.
  const hostile = [
    ['comma', 'Công ty TNHH A, B và C'],
    ['quote', 'chương trình "Cảm ơn NLĐ"'],
    ['only quotes', '""'],
    ['LF', 'dòng một\ndòng hai'],
    ['CRLF', 'dòng một\r\ndòng hai'],
    ['lone CR', 'a\rb'],
    ['formula', '=HYPERLINK("http://x.vn","bấm")'],
    ['at-sign formula', '@SUM(A1:A9)'],
    ['plus', '+84 912 345 678'],
    ['leading space', ' có khoảng trắng '],
  ] as const;

  it.each(hostile)('keeps a %s cell intact by default: %j', (_name, text) => {
    const a = emptyAnalysis();
    a.entities.push({ text, type: 'ORG', count: 1, mentions: [[0, text.length]] });
    const rows = toObjects(csvHeader() + renderCsvRows(a));
    expect(rows.at(-1)).toMatchObject({ section: 'entity', text, start: '0', end: String(text.length), type: 'ORG', count: '1' });
  });

  it('writes ESC, DEL and C1 controls as visible pictures of the same length', () => {
    const a = emptyAnalysis();
    const text = '\u001b[31mđỏ\u001b[0m\u007f\u009b\tx';
    a.entities.push({ text, type: 'MISC', count: 1, mentions: [[0, text.length]] });
    const out = renderCsvRows(a);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]/u);
    const cell = toObjects(csvHeader() + out).at(-1)?.text;
    expect(cell).toBe('\u241b[31mđỏ\u241b[0m\u2421\ufffd\tx');
    expect(cell?.length).toBe(text.length);
  });

  it.each([
    ['=HYPERLINK("http://x.vn","bấm")', '"\'=HYPERLINK(""http://x.vn"",""bấm"")"'],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-2+3', "'-2+3"],
    ['\tx', "'\tx"],
    ['-5', '-5'],
    ['+3.2', '+3.2'],
    ['-', '-'],
    ['Cần Thơ', 'Cần Thơ'],
  ])('with guardFormulas, writes the text cell %j as %j', (text, cellText) => {
    const a = emptyAnalysis();
    a.source = 'x.txt';
    a.entities.push({ text, type: 'MISC', count: 1, mentions: [[0, text.length]] });
    const last = renderCsvRows(a, { guardFormulas: true }).split('\r\n').at(-2);
    expect(last).toBe(`x.txt,3,entity,${cellText},0,${text.length},,,,,MISC,,1`);
  });

  it('leaves negative numbers as numbers and the stdin source name alone when guarding', () => {
    const a = emptyAnalysis();
    a.numbers.push({ text: '-5', start: 10, end: 12, value: -5, unit: '°C', qualifier: null, kind: 'measure' });
    const last = renderCsvRows(a, { guardFormulas: true }).split('\r\n').at(-2);
    expect(last).toBe('-,3,number,-5,10,12,-5,°C,,measure,,,');
  });

  it.each([
    ['a decimal', { value: 3.2, valueTo: undefined }, '3.2'],
    ['a range', { value: 10, valueTo: 15 }, '10/15'],
    ['a non-finite value (100 000 digits)', { value: Infinity, valueTo: undefined }, ''],
    ['NaN', { value: NaN, valueTo: undefined }, ''],
  ])('writes %s as %j', (_name, v, expected) => {
    const a = emptyAnalysis();
    a.numbers.push({ text: 'x', start: 0, end: 1, ...v, unit: null, qualifier: null, kind: 'plain' });
    expect(toObjects(csvHeader() + renderCsvRows(a)).at(-1)?.value).toBe(expected);
  });

  it('writes a lunar date with its calendar and lunar value', () => {
    const a: Analysis = emptyAnalysis();
    a.dates.push({ text: 'rằm tháng Giêng', start: 0, end: 15, kind: 'date', value: '2024-02-24', calendar: 'lunar', lunar: '2024-01-15' });
    expect(renderCsvRows(a).split('\r\n').at(-2)).toBe('-,3,date,rằm tháng Giêng,0,15,2024-02-24,lunar,2024-01-15,date,,,');
  });

  it('streams: one header, then the rows of each document, parses as one file', () => {
    const out = csvHeader() + renderCsvRows(canThoAnalysis()) + renderCsvRows(emptyAnalysis());
    expect(out).toBe(renderCsv([canThoAnalysis(), emptyAnalysis()]));
    const rows = toObjects(out);
    expect(rows.filter((r) => r.source === '-')).toHaveLength(6);
  });
});

describe('a number range is one row', () => {
  const numberLines = (csv: string) => csv.split('\r\n').filter((l) => l.includes(',number,'));
  it('with the text: the whole range\'s text and offsets, both values', () => {
    expect(numberLines(renderCsvRows(rangeAnalysis(), { text: RANGE_TEXT }))).toEqual([
      '-,,number,10-15 tỷ,9,17,10000000000/15000000000,đồng,,money,,,',
      '-,,number,150 đến 200,37,48,150/200,tấn,,measure,,,',
    ]);
  });
  it('without the text: the first end\'s text and offsets, both values', () => {
    expect(numberLines(renderCsvRows(rangeAnalysis()))).toEqual([
      '-,,number,10,9,11,10000000000/15000000000,đồng,,money,,,',
      '-,,number,150,37,40,150/200,tấn,,measure,,,',
    ]);
  });
});
