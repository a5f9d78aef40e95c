// Hand-built analyses for the renderer tests. Values and offsets are those of
// fixtures/can-tho-cong-doan.txt (NFC, LF), worked out by hand, so the renderers are tested on
// what the pipeline is meant to produce without running it.
import type { Analysis } from '../src/types.js';

export const LEAD =
  'Các cấp công đoàn (CĐ) TP Cần Thơ đã triển khai nhiều hoạt động thiết thực, tích cực tham gia đấu tranh, tuyên truyền, phản bác các quan điểm sai trái, những thông tin xấu, độc trên mạng xã hội. Qua đó, góp phần bảo vệ nền tảng tư tưởng của Đảng, định hướng thông tin chính thống cho lực lượng đoàn viên (ĐV), người lao động (NLĐ).';

export const CAPTION =
  'Lãnh đạo LĐLĐ TP Cần Thơ và LĐLĐ quận Thốt Nốt thăm hỏi tình hình đời sống công nhân, lao động.';

export function canThoAnalysis(): Analysis {
  return {
    schemaVersion: 1,
    source: 'fixtures/can-tho-cong-doan.txt',
    article: {
      title: 'Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng',
      dateline: { text: '03/12/2023 - 07:09', value: '2023-12-03T07:09' },
      lead: LEAD,
      byline: { text: 'Bài, ảnh: Kiến Quốc', authors: ['Kiến Quốc'] },
      captions: [CAPTION],
      paragraphs: 4,
      trailer: 'Chia sẻ bài viết',
    },
    stats: { characters: 2466, syllables: 545, words: 402, sentences: 12, paragraphs: 4 },
    abbreviations: [
      {
        short: 'CĐ', expansion: 'công đoàn', source: 'inline', count: 8, first: 102, definedAt: 91,
        mentions: [[102, 104], [678, 680], [945, 947], [1236, 1238], [1403, 1405], [1633, 1635], [1705, 1707], [1945, 1947]],
      },
      {
        short: 'TP', expansion: 'thành phố', source: 'builtin', count: 4, first: 106, definedAt: null,
        mentions: [[106, 108], [430, 432], [553, 555], [584, 586]],
      },
      {
        short: 'ĐV', expansion: 'đoàn viên', source: 'inline', count: 6, first: 388, definedAt: 377,
        mentions: [[388, 390], [1202, 1204], [1429, 1431], [1613, 1615], [2088, 2090], [2313, 2315]],
      },
      {
        short: 'NLĐ', expansion: 'người lao động', source: 'inline', count: 8, first: 409, definedAt: 393,
        mentions: [[409, 412], [1206, 1209], [1433, 1436], [1617, 1620], [1866, 1869], [2092, 2095], [2196, 2199], [2317, 2320]],
      },
      {
        short: 'LĐLĐ', expansion: 'Liên đoàn Lao động', source: 'builtin', count: 4, first: 425, definedAt: null,
        mentions: [[425, 429], [444, 448], [548, 552], [579, 583]],
      },
    ],
    entities: [
      { text: 'TP Cần Thơ', type: 'LOC', count: 4, mentions: [[106, 116], [430, 440], [553, 563], [584, 594]], canonical: 'TP Cần Thơ' },
      { text: 'LĐLĐ TP Cần Thơ', type: 'ORG', count: 3, mentions: [[425, 440], [548, 563], [579, 594]], canonical: 'LĐLĐ TP Cần Thơ' },
      { text: 'LĐLĐ quận Thốt Nốt', type: 'ORG', count: 1, mentions: [[444, 462]] },
      { text: 'quận Thốt Nốt', type: 'LOC', count: 1, mentions: [[449, 462]], parent: 2 },
      { text: 'Lê Thị Sương Mai', type: 'PER', count: 1, mentions: [[521, 537]], roles: ['Chủ tịch LĐLĐ TP Cần Thơ'] },
      { text: 'COVID-19', type: 'MISC', count: 1, mentions: [[1668, 1676]] },
      { text: 'Tháng Công nhân', type: 'MISC', count: 1, mentions: [[2122, 2137]] },
      { text: 'Lắng nghe - Thấu hiểu - Chia sẻ', type: 'MISC', count: 1, mentions: [[2154, 2185]] },
      { text: 'Kiến Quốc', type: 'PER', count: 1, mentions: [[2479, 2488]] },
    ],
    numbers: [
      { text: '19.700', start: 1264, end: 1270, value: 19700, unit: 'cuộc', qualifier: 'hơn', kind: 'count' },
      { text: '1.850.000', start: 1414, end: 1423, value: 1850000, unit: 'lượt', qualifier: 'hơn', kind: 'count' },
      { text: '120', start: 1459, end: 1462, value: 120, unit: 'nhóm', qualifier: null, kind: 'count' },
      { text: '9.900', start: 1723, end: 1728, value: 9900, unit: 'cuộc', qualifier: 'hơn', kind: 'count' },
      { text: '15', start: 1766, end: 1768, value: 15, unit: 'cuộc', qualifier: null, kind: 'count' },
    ],
    dates: [
      { text: '03/12/2023 - 07:09', start: 0, end: 18, kind: 'datetime', value: '2023-12-03T07:09' },
      { text: '5 năm qua', start: 1217, end: 1226, kind: 'duration', value: 'P5Y' },
    ],
  };
}

/** A document with nothing found in it: one short line, as with `--lines`. */
export function emptyAnalysis(): Analysis {
  return {
    schemaVersion: 1,
    source: '-',
    line: 3,
    article: { title: null, dateline: null, lead: null, byline: null, captions: [], paragraphs: 1 },
    stats: { characters: 12, syllables: 3, words: 2, sentences: 1, paragraphs: 1 },
    abbreviations: [],
    entities: [],
    numbers: [],
    dates: [],
  };
}

/** A short made-up report with grouped entity forms, a money amount and a date without a year. */
export function smallAnalysis(): Analysis {
  return {
    schemaVersion: 1,
    source: 'mua-lon.txt',
    article: {
      title: 'Hà Nội mưa lớn, nhiều tuyến phố ngập',
      dateline: { text: '25/07/2024 - 18:30', value: '2024-07-25T18:30' },
      lead: 'Chiều 25/7, mưa lớn khiến nhiều tuyến phố ở thành phố Hà Nội ngập sâu.',
      byline: { text: 'Bài, ảnh: Minh Anh', authors: ['Minh Anh'] },
      captions: [],
      paragraphs: 2,
    },
    stats: { characters: 420, syllables: 96, words: 71, sentences: 5, paragraphs: 2 },
    abbreviations: [
      { short: 'UBND', expansion: 'Ủy ban nhân dân', source: 'builtin', count: 2, first: 190, definedAt: null, mentions: [[190, 194], [260, 264]] },
    ],
    entities: [
      { text: 'Hà Nội', type: 'LOC', count: 2, mentions: [[20, 26], [300, 306]], canonical: 'Hà Nội' },
      { text: 'thành phố Hà Nội', type: 'LOC', count: 1, mentions: [[101, 117]], canonical: 'Hà Nội' },
      { text: 'Nguyễn Văn Hùng', type: 'PER', count: 1, mentions: [[230, 245]], roles: ['Phó Chủ tịch UBND quận Hoàn Kiếm'] },
      { text: 'UBND quận Hoàn Kiếm', type: 'ORG', count: 1, mentions: [[260, 279]] },
    ],
    numbers: [
      { text: '3,2 tỷ', start: 330, end: 336, value: 3_200_000_000, unit: 'đồng', qualifier: 'gần', kind: 'money' },
      { text: '50', start: 350, end: 352, value: 50, valueTo: 70, unit: 'mm', qualifier: null, kind: 'measure' },
    ],
    dates: [
      { text: '25/7', start: 82, end: 86, kind: 'date', value: '2024-07-25' },
    ],
  };
}

/**
 * A strict RFC 4180 reader: CRLF between records, fields quoted with `"` and quotes doubled.
 * Throws on anything else (a bare quote in an unquoted field, text after a closing quote, a
 * missing final CRLF), so a malformed renderer output fails the test instead of parsing loosely.
 */
export function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  // Fields are cut with indexOf and slice, not built a character at a time: the large tests
  // read fields of 5 MB, where character-wise concatenation took seconds.
  const unquoted = /[^,\r\n]*/uy;
  while (i < input.length) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        const quote = input.indexOf('"', i);
        if (quote === -1) throw new Error('unterminated quoted field');
        field += input.slice(i, quote);
        i = quote + 1;
        if (input[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      unquoted.lastIndex = i;
      field = unquoted.exec(input)![0];
      const bare = field.indexOf('"');
      if (bare !== -1) throw new Error(`bare quote at ${i + bare}`);
      i += field.length;
    }
    record.push(field);
    if (input[i] === ',') { i++; continue; }
    if (input.startsWith('\r\n', i)) { i += 2; records.push(record); record = []; continue; }
    throw new Error(`expected , or CRLF at ${i}`);
  }
  if (record.length > 0) throw new Error('missing final CRLF');
  return records;
}

/** A sentence with two number ranges (offsets worked out by hand) and its analysis: each range is two mentions. */
export const RANGE_TEXT = 'Giá thép 10-15 tỷ đồng, sản lượng từ 150 đến 200 tấn.';
export function rangeAnalysis(): Analysis {
  const a = emptyAnalysis();
  delete a.line;
  a.numbers.push(
    { text: '10', start: 9, end: 11, value: 10e9, valueTo: 15e9, unit: 'đồng', qualifier: null, kind: 'money', range: { start: 9, end: 17, part: 'from' } },
    { text: '15 tỷ', start: 12, end: 17, value: 15e9, unit: 'đồng', qualifier: null, kind: 'money', range: { start: 9, end: 17, part: 'to' } },
    { text: '150', start: 37, end: 40, value: 150, valueTo: 200, unit: 'tấn', qualifier: null, kind: 'measure', range: { start: 37, end: 48, part: 'from' } },
    { text: '200', start: 45, end: 48, value: 200, unit: 'tấn', qualifier: null, kind: 'measure', range: { start: 37, end: 48, part: 'to' } },
  );
  return a;
}
