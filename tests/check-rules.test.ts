// Every check rule on a bad example (fires exactly there) and its clean twin (silent).

import { describe, expect, it, vi } from 'vitest';
import { RULES, runChecks, resolveConfig } from '../src/check/index.js';
import { check } from '../src/kernel.js';
import type { CheckInput } from '../src/check/types.js';
import type { Abbreviation } from '../src/types.js';
import { abbr, emptyAnalysis, input, partsFromLines } from './check-helpers.js';
import { extractNumbers } from '../src/extract/numbers/index.js';

/** Every rule on at its default severity, or warn for the ones that are off by default. */
const ALL_ON = resolveConfig({
  ruleOverrides: RULES.filter((r) => r.defaultSeverity === 'off').map((r) => `${r.id}=warn`),
});
const hits = (inp: CheckInput, ruleId: string) =>
  runChecks(inp, ALL_ON)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => [f.line, f.column, f.endLine, f.endColumn]);

// Rules that read what the extractors found run on the real analysis of the text.
const analysedHits = (text: string, ruleId: string) =>
  check(text, { config: ALL_ON }).findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => [f.line, f.column, f.endLine, f.endColumn]);

// A line that no rule objects to, used to build the part-presence cases.
const body = 'Hội nghị diễn ra tại Hà Nội.';

describe('text rules', () => {
  // [rule, bad text, expected [line, column, endLine, endColumn][], clean twin]
  const cases: [string, string, number[][], string][] = [
    ['double-space', 'Các cấp công  đoàn TP Cần Thơ.', [[1, 13, 1, 15]], 'Các cấp công đoàn TP Cần Thơ.'],
    ['double-space', 'Dòng một.\nHai   ba.', [[2, 4, 2, 7]], 'Dòng một.\nHai ba.'],
    // indentation and trailing spaces are not "between words"
    ['double-space', 'Không  sao', [[1, 6, 1, 8]], '  Thụt đầu dòng.  \nDòng hai.'],
    ['zero-width', 'công\u200Bđoàn và người\u200C\u200Dlao động', [[1, 5, 1, 6], [1, 19, 1, 21]], 'công đoàn và người lao động'],
    ['zero-width', 'Xin chào\uFEFF bạn', [[1, 9, 1, 10]], 'Gia đình 👨\u200D👩\u200D👧 hạnh phúc'],
    ['unbalanced-brackets', 'Ông A (47 tuổi, ngụ quận 1 cho biết.', [[1, 7, 1, 8]], 'Ông A (47 tuổi, ngụ quận 1) cho biết.'],
    ['unbalanced-brackets', 'Chương trình "Tháng Công nhân đã kết thúc.', [[1, 14, 1, 15]], 'Chương trình "Tháng Công nhân" đã kết thúc.'],
    ['unbalanced-brackets', 'Chương trình “Tháng Công nhân" đã kết thúc.', [[1, 14, 1, 15], [1, 30, 1, 31]], 'Chương trình “Tháng Công nhân” đã kết thúc.'],
    ['unbalanced-brackets', 'Kết quả: 15 cuộc thi) được tổ chức.', [[1, 21, 1, 22]], 'Gồm: a) trường học; b) bệnh viện; 2) chợ.'],
    ['unbalanced-brackets', '[ảnh (minh họa]', [[1, 6, 1, 7]], '[ảnh (minh họa)]'],
    // a bracket never spans lines: each line is checked on its own
    ['unbalanced-brackets', 'Mở (ngoặc\nđóng) ngoặc', [[1, 4, 1, 5], [2, 5, 2, 6]], 'Mở (ngoặc)\n(đóng) ngoặc'],
    ['date-invalid', 'Hạn chót là 31/02/2023.', [[1, 13, 1, 23]], 'Hạn chót là 28/02/2023.'],
    ['date-invalid', 'Ngày 29/02/2023 không có.', [[1, 6, 1, 16]], 'Ngày 29/02/2024 là ngày nhuận.'],
    ['date-invalid', 'Khai mạc lúc 25:61 ngày 3-13-2023.', [[1, 14, 1, 19], [1, 25, 1, 34]], 'Khai mạc lúc 07:09 ngày 3-12-2023, kết thúc 24:00.'],
    ['date-invalid', 'Bắt đầu 18h75, ngày 31.4.2024.', [[1, 9, 1, 14], [1, 21, 1, 30]], 'Bắt đầu 18h30, ngày 30.4.2024.'],
    ['date-invalid', 'Trận đấu bắt đầu lúc 19:75, đội nhà thắng 25:23.', [[1, 22, 1, 27]], 'Tỷ lệ 30:70, tỉ số 2:1, ngày 29/2, phân số 31/2, mã 1.000.000.'],
    ['date-invalid', 'Hẹn ngày 30/2 năm nay.', [[1, 10, 1, 14]], 'Đội nhà thắng 25:23 ở set 1.'],
    ['tone-mark-mixed', 'Hòa bình, hòa hợp và hoà giải.', [[1, 22, 1, 25]], 'Hòa bình, khỏe mạnh, thủy lợi, quý khách.'],
    // names keep their own spelling: capitalised words are not counted
    ['tone-mark-mixed', 'Chị Thuý ở Khánh Hòa giữ hòa khí, còn anh Hoà thì chăm lo sức khoẻ.', [[1, 63, 1, 67]], 'Chị Thuý ở Khánh Hòa giữ hoà khí và chăm lo sức khoẻ.'],
    ['tone-mark-mixed', 'Thuỷ lợi, khoẻ mạnh, thủy sản.', [[1, 22, 1, 26]], 'Thuỷ lợi, khoẻ mạnh, quý, hoàng hôn, ngoài.'],
    ['legacy-encoding', 'C¸c cÊp c«ng ®oµn TP CÇn Th¬.', [[1, 1, 1, 4]], 'Các cấp công đoàn TP Cần Thơ.'],
    ['legacy-encoding', 'Vieät Nam ñoaøn keát.\nHaø Noäi.', [[1, 1, 1, 6], [2, 1, 2, 4]], 'Việt Nam đoàn kết.\nHà Nội.'],
    ['lookalike-letter', 'Ðà Nẵng và ðoàn viên', [[1, 1, 1, 2], [1, 12, 1, 13]], 'Đà Nẵng và đoàn viên, cầu thủ Guðmundsson'],
    ['lookalike-letter', 'UBND Тp Cần Thơ', [[1, 6, 1, 7]], 'UBND TP Cần Thơ, chữ Α trong tiếng Hy Lạp'],
    // UTF-8 read as Windows-1252: one word is enough, no real word holds these sequences
    ['legacy-encoding', 'Tin từ Viá»‡t Nam: Ä‘oÃ n káº¿t.\nDòng sạch.\nNgÆ°á»\u009Di lao Ä‘á»™ng.', [[1, 8, 1, 14], [3, 1, 3, 9]], 'Tin từ Việt Nam: đoàn kết, São Paulo, «cá» là món ăn, Ä và Ã là chữ cái.'],
    // foreign names carry the same letters; two of them are not mojibake
    ['legacy-encoding', 'a', [], 'HLV Thomas Müller và Peña gặp nhau ở Hà Nội, «Tháng Công nhân».'],
  ];
  // date-invalid reports the dates the extractor marked invalid: it runs on the real analysis.
  const hitsOf = (text: string, rule: string) => (rule === 'date-invalid' ? analysedHits(text, rule) : hits(input(text), rule));
  it.each(cases)('%s fires on %j', (rule, bad, expected, _good) => {
    expect(hitsOf(bad, rule)).toEqual(expected);
  });
  it.each(cases)('%s stays silent on the clean twin of %j', (rule, _bad, _expected, good) => {
    expect(hitsOf(good, rule)).toEqual([]);
  });
});

// Once gaps of the date extractor, which date-invalid reports as it finds them: an impossible
// `h:mm` with no time word before it is a score (`set 2 25:27`, `điểm 26:24`), not a time; a time
// word keeps it a mistyped time (`lúc 19:75`); a worded day 32 after `ngày` is an invalid date.
describe('date-invalid: scores and worded days', () => {
  it.each([
    ['Đội nhà thắng 25:23, set 2 25:27, điểm 26:24.', []],
    ['Trận đấu bắt đầu lúc 19:75, đội nhà thắng 25:23 ở set 1 và 25:27 ở set 2.', [[1, 22, 1, 27]]],
    ['Hẹn ngày 32 tháng 1 năm 2024.', [[1, 10, 1, 29]]],
  ])('%j', (text, expected) => {
    expect(analysedHits(text, 'date-invalid')).toEqual(expected);
  });
});

describe('number rules read the analysis\' numbers', () => {
  // The rules read how each number was written (`written`), so the analysis holds the extractor's numbers.
  const withNumbers = (text: string) => input(text, { analysis: emptyAnalysis({ numbers: extractNumbers(text, [{ start: 0, end: text.length }]) }) });
  const cases: [string, string, number[][], string][] = [
    ['number-format-mixed', 'Hơn 19.700 cuộc, 1.850.000 lượt, 19,700 người.', [[1, 34, 1, 40]], 'Hơn 19.700 cuộc, 1.850.000 lượt, 3,2 tỷ đồng và 1,500 tỷ.'],
    ['number-format-mixed', 'Giá 19,700 USD, 1,850,000 lượt, khoảng 2.500 vé.', [[1, 40, 1, 45]], 'Giá 19,700 USD, 1,850,000 lượt.'],
    ['number-missing-separator', 'Giá vé 1.200.000 đồng, vé trẻ em 150000đ, phí 25000 VNĐ.', [[1, 34, 1, 40], [1, 47, 1, 52]], 'Giá vé 1.200.000 đồng, mã vé 150000AB, 12345abc.'],
    ['number-missing-separator', 'Hơn 1.850.000 lượt và 19700 cuộc.', [[1, 23, 1, 28]], 'Hơn 1.850.000 lượt, năm 2023, mã 12345, hotline 19001234, số 0912345678.'],
    // without grouped numbers the article has no convention to break
    ['number-missing-separator', 'Hơn 19.700 cuộc, 1850000 lượt.', [[1, 18, 1, 25]], 'Hơn 19700 cuộc, 1850000 lượt.'],
    // a code, a phone number and a year are no amounts, whatever label stands before them
    ['number-missing-separator', 'Giá 1.200.000 đồng, mã số thuế 0301234567, tài khoản 123456789, năm 2023 có 25000 người.', [[1, 77, 1, 82]], 'Giá 1.200.000 đồng, mã số thuế 0301234567, tài khoản 123456789.'],
    // a grouped number in a range counts toward the convention; a decimal comma is no thousands separator
    ['number-format-mixed', 'Giá từ 7.500 đến 8.200 đồng, có 12,500 người.', [[1, 33, 1, 39]], 'Giá từ 7.500 đến 8.200 đồng, lãi 1,5%, vốn 1,250 tỷ đồng.'],
  ];
  it.each(cases)('%s fires on %j', (rule, bad, expected, _good) => {
    expect(hits(withNumbers(bad), rule)).toEqual(expected);
  });
  it.each(cases)('%s stays silent on the clean twin of %j', (rule, _bad, _expected, good) => {
    expect(hits(withNumbers(good), rule)).toEqual([]);
  });
  it('number rules are silent without numbers in the analysis', () => {
    expect(hits(input('Hơn 19.700 cuộc, 1850000 lượt, 19,700 người.'), 'number-missing-separator')).toEqual([]);
    expect(hits(input('Hơn 19.700 cuộc, 1850000 lượt, 19,700 người.'), 'number-format-mixed')).toEqual([]);
  });
});

describe('unicode-nfd reads the raw text and points into the normalised one', () => {
  it.each([
    // NFD throughout: one finding per line, at the line's first decomposed word
    ['Hòa bình\nđoàn kết'.normalize('NFD'), [[1, 1, 1, 4], [2, 1, 2, 5]], 'is in NFD'],
    // one decomposed word in an NFC text
    [`Các cấp ${'công'.normalize('NFC')} ${'đoàn'.normalize('NFD')} TP`, [[1, 14, 1, 18]], 'mixes NFC and NFD'],
    // CRLF in the raw text: offsets still match the LF text
    [`Dòng một\r\nhai ${'bà'.normalize('NFD')}`, [[2, 5, 2, 7]], 'mixes NFC and NFD'],
  ])('%j', (raw, expected, wording) => {
    const text = raw.replace(/\r\n/g, '\n').normalize('NFC');
    const found = runChecks(input(text, { raw }), ALL_ON).filter((f) => f.ruleId === 'unicode-nfd');
    expect(found.map((f) => [f.line, f.column, f.endLine, f.endColumn])).toEqual(expected);
    expect(found[0]?.message).toContain(wording);
  });
  it('is silent on NFC text', () => {
    expect(hits(input('Hòa bình đoàn kết'), 'unicode-nfd')).toEqual([]);
  });
});

describe('part rules (off by default)', () => {
  const text = `03/12/2023 - 07:09\n\nTiêu đề bài\n\n${body}\n\nBài, ảnh: Kiến Quốc`;
  it.each([
    ['dateline-missing', ['title', 'paragraph', 'byline'], [[1, 1, 1, 1]]],
    ['title-missing', ['dateline', 'paragraph', 'paragraph', 'byline'], [[1, 1, 1, 1]]],
    ['byline-missing', ['dateline', 'title', 'paragraph', 'paragraph'], [[7, 20, 7, 20]]],
  ] as const)('%s fires when the part is absent', (rule, kinds, expected) => {
    expect(hits(input(text, { parts: partsFromLines(text, [...kinds]) }), rule)).toEqual(expected);
  });
  it.each(['dateline-missing', 'title-missing', 'byline-missing'])('%s is silent when every part is there', (rule) => {
    const parts = partsFromLines(text, ['dateline', 'title', 'paragraph', 'byline']);
    expect(hits(input(text, { parts }), rule)).toEqual([]);
  });
  it('is off unless configured', () => {
    const found = runChecks(input(text, { parts: [] }), resolveConfig());
    expect(found.filter((f) => f.ruleId.endsWith('-missing'))).toEqual([]);
  });
});

describe('abbreviation rules', () => {
  const usedBefore = 'Các cấp CĐ tham gia. Các cấp công đoàn (CĐ) TP Cần Thơ và LĐLĐ quận Thốt Nốt.';
  const definedFirst = 'Các cấp công đoàn (CĐ) TP Cần Thơ tham gia. Các cấp CĐ và LĐLĐ quận Thốt Nốt.';
  const analysisOf = (text: string) =>
    emptyAnalysis({
      abbreviations: [
        abbr(text, 'CĐ', 'inline', 'công đoàn'),
        abbr(text, 'TP', 'builtin', 'thành phố'),
        abbr(text, 'LĐLĐ', 'builtin', 'Liên đoàn Lao động'),
      ],
    });

  it('abbreviation-undefined: used before its definition', () => {
    // and LĐLĐ, known but outside the common tier, is never defined
    expect(hits(input(usedBefore, { analysis: analysisOf(usedBefore) }), 'abbreviation-undefined')).toEqual([[1, 9, 1, 11], [1, 59, 1, 63]]);
    expect(runChecks(input(usedBefore, { analysis: analysisOf(usedBefore) }), ALL_ON).find((f) => f.ruleId === 'abbreviation-undefined')?.message).toBe(
      '"CĐ" is used before it is defined (at 1:41); define it at its first use.',
    );
  });
  it('abbreviation-undefined: never defined and unknown', () => {
    const text = 'Đại diện PĐT nhà trường cho biết.';
    const analysis = emptyAnalysis({ abbreviations: [abbr(text, 'PĐT', 'unknown', null)] });
    expect(hits(input(text, { analysis }), 'abbreviation-undefined')).toEqual([[1, 10, 1, 13]]);
  });
  it('abbreviation-undefined: silent when defined first or in the common tier; a known form outside it is flagged', () => {
    // CĐ is defined before use and TP is common; LĐLĐ (at 1:59) is known but never defined
    expect(hits(input(definedFirst, { analysis: analysisOf(definedFirst) }), 'abbreviation-undefined')).toEqual([[1, 59, 1, 63]]);
    expect(runChecks(input(definedFirst, { analysis: analysisOf(definedFirst) }), ALL_ON).find((f) => f.ruleId === 'abbreviation-undefined')?.message).toBe(
      '"LĐLĐ" is never defined, and readers are not expected to know it; write "Liên đoàn Lao động (LĐLĐ)" at its first use, or add it to "commonAbbreviations" in the config.',
    );
  });
  it('abbreviation-undefined: the config adds forms to the common tier and removes them', () => {
    const run = (commonAbbreviations: { add: string[]; remove: string[] }) =>
      runChecks(input(definedFirst, { analysis: analysisOf(definedFirst) }), { ...ALL_ON, commonAbbreviations })
        .filter((f) => f.ruleId === 'abbreviation-undefined')
        .map((f) => [f.line, f.column]);
    expect(run({ add: ['LĐLĐ'], remove: [] })).toEqual([]);
    expect(run({ add: ['LĐLĐ'], remove: ['TP'] })).toEqual([[1, 24]]);
  });
  it('abbreviation-undefined: uses only inside document numbers need no definition', () => {
    const text = 'Theo Quyết định số 12/QĐ-UBND ngày 5/6.';
    const qd: Abbreviation = { ...abbr(text, 'QĐ', 'builtin', 'quyết định'), inDocumentNumber: 1 };
    expect(hits(input(text, { analysis: emptyAnalysis({ abbreviations: [qd] }) }), 'abbreviation-undefined')).toEqual([]);
    expect(hits(input(text, { analysis: emptyAnalysis({ abbreviations: [{ ...qd, inDocumentNumber: 0 }] }) }), 'abbreviation-undefined')).toEqual([[1, 23, 1, 25]]);
  });

  it('abbreviation-first-use: dictionary abbreviations never written out (house style)', () => {
    expect(hits(input(definedFirst, { analysis: analysisOf(definedFirst) }), 'abbreviation-first-use')).toEqual([
      [1, 24, 1, 26],
      [1, 59, 1, 63],
    ]);
  });
  it('abbreviation-first-use: silent when every abbreviation is defined in the text', () => {
    const text = 'Các cấp công đoàn (CĐ) thành phố (TP) Cần Thơ. Các cấp CĐ TP Cần Thơ.';
    const analysis = emptyAnalysis({ abbreviations: [abbr(text, 'CĐ', 'inline', 'công đoàn'), abbr(text, 'TP', 'inline', 'thành phố')] });
    expect(hits(input(text, { analysis }), 'abbreviation-first-use')).toEqual([]);
  });
  it('houseStyle.defineAtFirstUse turns abbreviation-first-use on; an explicit severity wins', () => {
    const file = { rules: {}, houseStyle: { defineAtFirstUse: true } };
    expect(resolveConfig({ file }).rules['abbreviation-first-use']).toBe('warn');
    expect(resolveConfig({ file, ruleOverrides: ['abbreviation-first-use=off'] }).rules['abbreviation-first-use']).toBe('off');
    expect(resolveConfig().rules['abbreviation-first-use']).toBe('off');
  });

  it.each([
    ['trường cao đẳng (CĐ) và công đoàn (CĐ) trường', [[1, 36, 1, 38]]],
    ['trường cao đẳng (CĐ) và CĐ (công đoàn) trường', [[1, 25, 1, 27]]],
    ['Thạc sĩ (ThS) Lê Văn A và Thanh sát (ThS)', [[1, 38, 1, 41]]],
    // the extractor's definition forms count too, and spellings of one short form are one abbreviation
    ['Người lao động (sau đây gọi tắt là NLĐ) và nông lâm địa (NLĐ).', [[1, 58, 1, 61]]],
    ['thành phố (TP) Cần Thơ và tỉnh phố (Tp) X.', [[1, 37, 1, 39]]],
  ])('abbreviation-redefined fires on %j', (text, expected) => {
    expect(analysedHits(text, 'abbreviation-redefined')).toEqual(expected);
  });
  it.each([
    'công đoàn (CĐ) và sau đó công đoàn (CĐ) lần nữa',
    // tone-mark placement and the Ð look-alike do not make a different expansion
    'Ủy ban nhân dân (UBND) tỉnh và Uỷ ban nhân dân (UBND) huyện',
    // `và`, `&` and a dash between the parts are one expansion
    'Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh và Sở Giáo dục - Đào tạo (GD&ĐT) thành phố',
    'Sở Giáo dục và Đào tạo (GD&ĐT), ông A (47 tuổi), Hà Nội (HN)',
  ])('abbreviation-redefined is silent on %j', (text) => {
    expect(analysedHits(text, 'abbreviation-redefined')).toEqual([]);
  });
});

describe('the engine', () => {
  it('sorts findings by position across rules and gives 1-based lines and columns', () => {
    const text = 'Hai  khoảng.\nNgày\u200Bmai (mở';
    const found = runChecks(input(text), resolveConfig());
    expect(found.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
      ['double-space', 'warn', 1, 4],
      ['zero-width', 'error', 2, 5],
      ['unbalanced-brackets', 'error', 2, 10],
    ]);
  });
  it('skips rules set to off', () => {
    const text = 'Hai  khoảng.';
    expect(runChecks(input(text), resolveConfig({ ruleOverrides: ['double-space=off'] }))).toEqual([]);
  });
  it('turns a rule that throws into one finding and still runs the others', () => {
    const rule = RULES.find((r) => r.id === 'tone-mark-mixed');
    if (!rule) throw new Error('no tone-mark-mixed');
    const spy = vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const found = runChecks(input('Hai  khoảng.'), resolveConfig());
      expect(found.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
        ['tone-mark-mixed', 1, 1, 'Rule failed: boom'],
        ['double-space', 1, 4, '2 spaces between words; write one.'],
      ]);
    } finally {
      spy.mockRestore();
    }
  });
  it('runs on an empty text', () => {
    expect(runChecks(input(''), ALL_ON).map((f) => f.ruleId)).toEqual(['byline-missing', 'dateline-missing', 'title-missing']);
  });
});
