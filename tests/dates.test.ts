// Date extractor: a labelled table of news sentences (fixtures/dates/cases.json, shared with
// scripts/eval-dates.mjs) against a pinned reference, the same without a reference, the article
// fixture, datelines, and adversarial inputs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsers } from '../src/extract/dates/parsers/index.js';
import { extractDates, parseDateline } from '../src/extract/dates/index.js';
import type { DateMention } from '../src/types.js';

interface Case {
  text: string;
  /** [text, kind, value] found with the pinned reference. */
  dates: [string, string, string | null][];
  /** The same without a reference, when some value differs; absent when nothing differs. */
  noRef?: [string, string, string | null][];
  /** Why the extractor does not yet give the (correct) expected answer: run as `it.fails`. */
  knownGap?: string;
}
const table = JSON.parse(readFileSync(new URL('../fixtures/dates/cases.json', import.meta.url), 'utf8')) as {
  reference: string;
  cases: Case[];
};
const REF = table.reference;
const whole = (t: string) => [{ start: 0, end: t.length }];
const triples = (ds: DateMention[]) => ds.map((d) => [d.text, d.kind, d.value]);

describe('extractDates: labelled news sentences, pinned reference', () => {
  it('pins the reference the values were worked out against', () => {
    expect(REF).toBe('2023-12-03T07:09');
  });
  const ok = table.cases.filter((c) => !c.knownGap);
  it.each(ok.map((c) => [c.text, c.dates] as const))('%s', (text, expected) => {
    expect(triples(extractDates(text, whole(text), REF))).toEqual(expected);
  });
  // Known gaps: the expected answer is the right one, the extractor does not give it yet.
  const gaps = table.cases.filter((c) => c.knownGap);
  it.fails.each(gaps.map((c) => [c.text, c.knownGap, c.dates] as const))('%s (known gap: %s)', (text, _why, expected) => {
    expect(triples(extractDates(text, whole(text), REF))).toEqual(expected);
  });
});

describe('extractDates: the same sentences without a reference', () => {
  it.each(table.cases.filter((c) => !c.knownGap).map((c) => [c.text, c.noRef ?? c.dates] as const))('%s', (text, expected) => {
    expect(triples(extractDates(text, whole(text), null))).toEqual(expected);
  });
});

describe('extractDates: not dates (the negative cases of issues 2 and 5)', () => {
  it.each([
    ['a disease name', 'Dịch COVID-19 bùng phát từ cuối năm 2019.', [['cuối năm 2019', 'year', '2019']]],
    ['thousands with dots', 'Hơn 1.850.000 lượt đoàn viên và 19.700 cuộc tuyên truyền.', []],
    ['a score', 'Đội khách thắng 2-1 sau 90 phút.', [['90 phút', 'duration', 'PT90M']]],
    ['a score in brackets', 'Chung cuộc Việt Nam thắng Lào (2-1).', []],
    ['a fraction of households', 'Có 3/4 số hộ đã có nhà kiên cố.', []],
    ['a fraction of the population', 'Khoảng 1/5 dân số sống bằng nghề biển.', []],
    ['one fifth is 1 May after ngày', 'Ngày 1/5, công nhân được nghỉ.', [['Ngày 1/5', 'date', '2023-05-01']]],
    ['a ratio', 'Bản đồ tỷ lệ 1:25.000 và tỷ số 3:10.', []],
    ['a decision number', 'Theo Quyết định số 123/QĐ-UBND của UBND tỉnh.', []],
    ['a decree number holding a year', 'Nghị định 100/2019/NĐ-CP quy định mức phạt.', []],
    ['a circular number', 'Thông tư 12/2023/TT-BGDĐT và Thông tư 01/2023.', []],
    ['a version', 'Phiên bản 2.1.3 và bản 1.7 đã phát hành.', []],
    ['percentages', 'Tăng 0,5%, đạt 12,3% và 45%.', []],
    ['a phone number', 'Đường dây nóng 0292.3821.234 hoặc 1900-1234.', []],
    ['an address', 'Nhà số 12/3 đường 30/4, hẻm 45/12.', []],
    ['a round of sixteen', 'Đội tuyển vào vòng 1/8.', []],
    ['a grade', 'Em đạt điểm 9/10.', []],
    ['an ordinal', 'Đây là lần thứ hai, và đội đứng thứ 3.', []],
    ['an idiom', 'Trực 24/7 kể cả ngày lễ.', []],
    ['an event name', 'Cách mạng tháng Tám thành công.', []],
  ] as const)('%s', (_name, text, expected) => {
    expect(triples(extractDates(text, whole(text), REF))).toEqual(expected);
  });
});

describe('extractDates: the article fixture', () => {
  const text = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8');
  it('finds the dateline and `5 năm qua`, nothing else (not COVID-19, not 19.700)', () => {
    const found = extractDates(text, whole(text), '2023-12-03T07:09');
    expect(found.map((d) => [d.text, d.kind, d.value, d.start])).toEqual([
      ['03/12/2023 - 07:09', 'datetime', '2023-12-03T07:09', 0],
      ['5 năm qua', 'range', '2018-12-03/2023-12-03', text.indexOf('5 năm qua')],
    ]);
    expect(found[1]!.duration).toBe('P5Y');
  });
  it('reads `5 năm qua` as a duration when there is no reference', () => {
    const found = extractDates(text, whole(text), null);
    expect(triples(found)).toEqual([
      ['03/12/2023 - 07:09', 'datetime', '2023-12-03T07:09'],
      ['5 năm qua', 'duration', 'P5Y'],
    ]);
  });
  it('looks only inside the scope and keeps offsets into the whole text', () => {
    const start = text.indexOf('Trong 5 năm');
    const found = extractDates(text, [{ start, end: start + 40 }], '2023-12-03');
    expect(found.map((d) => [d.text, d.start, d.end])).toEqual([['5 năm qua', start + 6, start + 15]]);
    expect(extractDates(text, [], '2023-12-03')).toEqual([]);
  });
});

describe('extractDates: the year a date leaves out, against different datelines', () => {
  it.each([
    ['Đêm 31/12, hàng nghìn người xuống phố.', '2022-01-20', 'Đêm 31/12', '2021-12-31'],
    ['Hạn chót là ngày 15/1.', '2023-12-03', 'ngày 15/1', '2024-01-15'],
    ['Ngày 25/2, tỉnh tổ chức hội nghị.', '2023-12-03', 'Ngày 25/2', '2023-02-25'],
    ['Yêu cầu hoàn thành trước 30/9.', '2025-07-02', '30/9', '2025-09-30'],
    ['Hạn đăng ký là ngày 30/6.', '2022-01-20', 'ngày 30/6', '2022-06-30'],
    ['Giá điện tăng từ tháng 12.', '2022-01-20', 'tháng 12', '2021-12'],
    ['Dự án khởi công vào tháng 4.', '2022-01-20', 'tháng 4', '2022-04'],
    ['Người dân nghỉ từ mùng 1 Tết.', '2023-12-03', 'mùng 1 Tết', '2024-02-10'],
    ['Người dân nghỉ từ mùng 1 Tết.', '2024-03-15', 'mùng 1 Tết', '2024-02-10'],
    ['Lễ hội diễn ra vào rằm tháng Giêng.', '2023-03-01', 'rằm tháng Giêng', '2023-02-05'],
    ['Đợt cao điểm từ 20/12 đến 5/1.', '2023-12-03', 'từ 20/12 đến 5/1', '2023-12-20/2024-01-05'],
    ['Đợt cao điểm từ 28/12 đến 3/1.', '2022-01-20', 'từ 28/12 đến 3/1', '2021-12-28/2022-01-03'],
    ['Phiên chợ họp vào 23 tháng Chạp.', '2022-01-20', '23 tháng Chạp', '2022-01-25'],
  ])('%s (dateline %s)', (text, reference, mention, value) => {
    const found = extractDates(text, whole(text), reference);
    expect(found.map((d) => [d.text, d.value])).toEqual([[mention, value]]);
  });
});

describe('extractDates: `cùng ngày` across the scope spans of one call', () => {
  it('takes the day of the last date before it, even in an earlier span', () => {
    const text = 'Sáng 2/12, xe khách gặp nạn.\nĐến 15h cùng ngày, 2 nạn nhân được đưa ra.';
    const spans = [{ start: 0, end: 28 }, { start: 29, end: text.length }];
    expect(triples(extractDates(text, spans, REF))).toEqual([
      ['Sáng 2/12', 'date', '2023-12-02'],
      ['15h cùng ngày', 'datetime', '2023-12-02T15:00'],
    ]);
  });
  it('is null with no date before it', () => {
    const text = 'Chiều cùng ngày, đoàn công tác đến thăm. Ngày 3/12, đoàn về.';
    expect(triples(extractDates(text, whole(text), REF))).toEqual([
      ['Chiều cùng ngày', 'relative', null],
      ['Ngày 3/12', 'date', '2023-12-03'],
    ]);
  });
});

describe('parseDateline', () => {
  it.each([
    ['03/12/2023 - 07:09', '2023-12-03T07:09'],
    ['Thứ Hai, 04/12/2023 07:09 (GMT+7)', '2023-12-04T07:09'],
    ['04/12/2023 | 07:09', '2023-12-04T07:09'],
    ['Chủ nhật, 3/12/2023, 07:09 (GMT+7)', '2023-12-03T07:09'],
    ['03-12-2023 07:09', '2023-12-03T07:09'],
    ['Cập nhật: 07:09 ngày 03/12/2023', '2023-12-03T07:09'],
    ['03/12/2023', '2023-12-03'],
    ['Thứ hai, 4/12/2023, 07:09 GMT+7', '2023-12-04T07:09'],
    ['  03/12/2023 - 07:09  ', '2023-12-03T07:09'],
    ['Thứ Sáu, 01/03/2024 - 15:30', '2024-03-01T15:30'],
    ['03/12/2023 07:09:35', '2023-12-03T07:09'],
    ['03-12-2023 - 07:09 PM', '2023-12-03T19:09'],
    ['07:09 | Chủ nhật, 03/12/2023', '2023-12-03T07:09'],
    ['Đăng lúc: 07:09 - 03/12/2023', '2023-12-03T07:09'],
    ['2023-12-03 07:09', '2023-12-03T07:09'],
    ['Thứ Hai, ngày 4/12/2023 - 07:09', '2023-12-04T07:09'],
    ['Cập nhật lúc 07:09 03/12/2023', '2023-12-03T07:09'],
  ])('%s → %s', (line, value) => {
    expect(parseDateline(line)).toEqual({ text: line.trim(), value });
  });
  it.each([
    'Ngày 03/12/2023, UBND tỉnh tổ chức hội nghị',
    'Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng',
    '31/02/2023 - 07:09',
    '3/12',
    '07:09',
    '',
    'Bài, ảnh: Kiến Quốc',
    '03/12/2023 - 05/12/2023',
    '1'.repeat(100_000),
  ])('not a dateline: %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

// Long runs and multi-megabyte lines: tests/large/extract-adversarial.test.ts.
describe('extractDates: odd input', () => {
  it.each([
    // The patterns match the lower-cased text; what depends on capitals reads the text itself.
    ['Buổi họp bắt đầu lúc 7:09 CH hôm qua.', [['7:09 CH hôm qua', 21, 'datetime', '2023-12-02T19:09']]],
    ['Buổi họp bắt đầu lúc 7:09 ch hôm qua.', [['hôm qua', 29, 'relative', '2023-12-02']]],
    ['Doanh thu quý IV/2023 tăng, quý iv thì không.', [['quý IV/2023', 10, 'quarter', '2023-Q4']]],
    ['mùng 1 Tết và mồng 3 TẾT, ngày 28 tết', [['mùng 1 Tết', 0, 'date', '2024-02-10'], ['mồng 3 TẾT', 14, 'date', '2024-02-12'], ['ngày 28 tết', 26, 'date', '2024-02-07']]],
    ['Tết Dương lịch 2024 và tết dương lịch 2025', [['Tết Dương lịch 2024', 0, 'date', '2024-01-01']]],
    ['Ngày 3/12/2023, THÁNG 12 NĂM 2023, Thứ Hai tuần trước', [['Ngày 3/12/2023', 0, 'date', '2023-12-03'], ['THÁNG 12 NĂM 2023', 16, 'month', '2023-12'], ['Thứ Hai tuần trước', 35, 'date', '2023-11-20']]],
    // `İ` lower-cases to two characters: offsets after it must still be the text's.
    ['İstanbul ngày 5/6/2024 lúc 8H30 SÁNG', [['ngày 5/6/2024 lúc 8H30 SÁNG', 9, 'datetime', '2024-06-05T08:30']]],
  ])('case: %s', (text, expected) => {
    expect(extractDates(text, whole(text), '2023-12-03').map((d) => [d.text, d.start, d.kind, d.value])).toEqual(expected);
  });
  it('never throws on odd arguments', () => {
    expect(extractDates('', [{ start: 0, end: 10 }], null)).toEqual([]);
    expect(extractDates('ngày 3/12', [{ start: 5, end: 2 }], 'garbage')).toEqual([]);
    expect(extractDates('ngày 3/12', [{ start: -5, end: 100 }], 'garbage')).toEqual([['ngày 3/12', 'date', 'XXXX-12-03']].map(([text, kind, value]) => ({ text, kind, value, start: 0, end: 9 })));
  });
});

describe('date patterns', () => {
  it('are written in lower case unless the parser reads capitals itself', () => {
    // A capital in a pattern that runs on the lower-cased text could never match. Escapes
    // (`\s`, `\u00C0`) and classes (which list both cases) are left out of the check.
    const capitals = parsers
      .filter((p) => !p.cased)
      .map((p) => [p.name, p.pattern().source.replace(/\\u[0-9A-Fa-f]{4}|\\./gu, '').replace(/\[[^\]]*\]/gu, '').match(/\p{Lu}/gu)])
      .filter(([, found]) => found !== null);
    expect(capitals).toEqual([]);
    expect(parsers.filter((p) => !p.cased).every((p) => p.pattern().flags === 'dgu')).toBe(true);
  });
});
