// The abbreviation extractor on the project's fixture article and on the sentence forms it handles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAbbreviations } from '../src/extract/abbreviations/index.js';
import { isNonFinalAbbreviation } from '../src/lexicon/short-forms.js';
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

const all = (text: string) => extractAbbreviations(text, whole(text));
const summary = (text: string) => all(text).map((a) => [a.short, a.expansion, a.source, a.mentions.map(([s, e]) => text.slice(s, e))]);

describe('variants are one abbreviation', () => {
  it.each([
    ['Tại TP.HCM, TPHCM và Tp.HCM là một.', [['TP.HCM', 'Thành phố Hồ Chí Minh', 'builtin', ['TP.HCM', 'TPHCM', 'Tp.HCM']]]],
    // the dot of `TP.` before a name belongs to the abbreviation; `Tp` is a known spelling
    ['TP Cần Thơ, TP. Cần Thơ và Tp Cần Thơ.', [['TP', 'thành phố', 'builtin', ['TP', 'TP.', 'Tp']]]],
    // the record follows the connector of the first use: a dash for `&` reads `Giáo dục - Đào tạo`
    ['Sở GD-ĐT và Sở GD&ĐT phối hợp.', [['GD-ĐT', 'Giáo dục - Đào tạo', 'builtin', ['GD-ĐT', 'GD&ĐT']]]],
    ['Sở GD&ĐT và Sở GD-ĐT phối hợp.', [['GD&ĐT', 'Giáo dục và Đào tạo', 'builtin', ['GD&ĐT', 'GD-ĐT']]]],
    ['Bộ LĐ-TB&XH và Bộ LĐTBXH.', [['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội', 'builtin', ['LĐ-TB&XH', 'LĐTBXH']]]],
    ['Các CĐCS và LĐLĐ huyện.', [['CĐCS', 'công đoàn cơ sở', 'builtin', ['CĐCS']], ['LĐLĐ', 'Liên đoàn Lao động', 'builtin', ['LĐLĐ']]]],
    ['Ban Chấp hành TW và TƯ Đoàn.', [['TƯ', 'Trung ương', 'builtin', ['TW', 'TƯ']]]],
    ['Giá 10.000 VNĐ, tức 10.000 VND.', [['VND', 'đồng Việt Nam', 'builtin', ['VNĐ', 'VND']]]],
    ['Tỉnh TT-Huế đón khách.', [['TT-Huế', 'Thừa Thiên Huế', 'builtin', ['TT-Huế']]]],
    ['ThS.BS Nguyễn Văn A và Th.S Lê B.', [['ThS.BS', 'thạc sĩ, bác sĩ', 'builtin', ['ThS.BS']], ['ThS', 'thạc sĩ', 'builtin', ['Th.S']]]],
    // two short forms a space apart that the dictionary has as one
    ['Tại TP HCM, BS CKII Lê C và PGS TS Trần D.', [
      ['TP.HCM', 'Thành phố Hồ Chí Minh', 'builtin', ['TP HCM']],
      ['BSCKII', 'bác sĩ chuyên khoa II', 'builtin', ['BS CKII']],
      ['PGS.TS', 'phó giáo sư, tiến sĩ', 'builtin', ['PGS TS']],
    ]],
    ['UBND TP Cần Thơ.', [['UBND', 'Ủy ban nhân dân', 'builtin', ['UBND']], ['TP', 'thành phố', 'builtin', ['TP']]]],
    // a missing space after the dot
    ['Lãnh đạo TP.Cần Thơ.', [['TP', 'thành phố', 'builtin', ['TP']]]],
    ['Tại ÐBSCL (U+00D0).', [['ĐBSCL', 'Đồng bằng sông Cửu Long', 'builtin', ['ÐBSCL']]]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps the dot of `TP.` only before a name, not at the end of a sentence', () => {
    expect(summary('Ông về TP. Sau đó ông đi.')).toEqual([['TP', 'thành phố', 'builtin', ['TP.']]]);
    // ĐV next to NLĐ is đoàn viên
    expect(summary('Cả ĐV, NLĐ. Trong năm')).toEqual([
      ['ĐV', 'đoàn viên', 'builtin', ['ĐV']],
      ['NLĐ', 'người lao động', 'builtin', ['NLĐ']],
    ]);
  });
});

describe('unknown abbreviations and things that are not abbreviations', () => {
  it.each([
    ['Tập đoàn XHQL công bố lợi nhuận quý III.', [['XHQL', null, 'unknown', ['XHQL']]]],
    ['Ông là thành viên HĐQLQ của EVNCPC.', [['HĐQLQ', null, 'unknown', ['HĐQLQ']], ['EVNCPC', null, 'unknown', ['EVNCPC']]]],
    ['Quốc hội khóa XIV, Đại hội XIII, thế kỷ XXI, chương II.', []],
    ['Dịch COVID-19, chuyến bay SU290, F0 và U23 Việt Nam.', []],
    ['VIDEO: CLIP nóng về vụ tai nạn. OK, ông nói.', []],
    ['TIN TỨC MỚI NHẤT VỀ BÃO SỐ 3', []],
    ['HOA HẬU VIỆT NAM 2024 CHÍNH THỨC KHỞI ĐỘNG', []],
    ['CA SĨ MỸ TÂM RA MẮT ALBUM', []],
    ['UBND TỈNH CẦN THƠ CHỈ ĐẠO KHẨN', [['UBND', 'Ủy ban nhân dân', 'builtin', ['UBND']]]],
    ['Nghi phạm H.T.P (35 tuổi) và Nguyễn Văn A.', []],
    ['Mẫu iPhone, xe VinFast, kênh YouTube và TikTok.', []],
    // a document number's parts are abbreviations (the corpus guide lists `QĐ` and `UB` of `2554/QĐ-UB`)
    ['Công văn số 123/QĐ-UBND ngày 5/6.', [['QĐ', 'quyết định', 'builtin', ['QĐ']], ['UBND', 'Ủy ban nhân dân', 'builtin', ['UBND']]]],
    ['Chỉ số VN-Index tăng điểm.', []],
    // in a document number `TT` is thông tư and `BTC` Bộ Tài chính; `đồng/USD` is a unit, not a document
    ['Theo Quyết định số 05/2024/QĐ-TTg và Thông tư 12/2023/TT-BTC, tỷ giá là 25.000 đồng/USD.', [
      ['QĐ', 'quyết định', 'builtin', ['QĐ']],
      ['TTg', 'Thủ tướng', 'builtin', ['TTg']],
      ['TT', 'thông tư', 'builtin', ['TT']],
      ['BTC', 'Bộ Tài chính', 'builtin', ['BTC']],
      ['USD', 'đô la Mỹ', 'builtin', ['USD']],
    ]],
    ['A B C D là các chữ cái.', []],
    ['Theo VTV.vn và NLD.com.vn, liên hệ BTC@vff.org.vn hoặc https://vtv.vn/TP.', []],
    ['Theo NATO và ASEAN, còn COVID thì chưa rõ.', [['NATO', 'Tổ chức Hiệp ước Bắc Đại Tây Dương', 'builtin', ['NATO']], ['ASEAN', 'Hiệp hội các quốc gia Đông Nam Á', 'builtin', ['ASEAN']]]],
    ['', []],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('scope', () => {
  it('looks only inside the spans it is given', () => {
    const text = 'NLĐ ở đây. LĐLĐ ở kia.';
    expect(extractAbbreviations(text, [{ start: 11, end: text.length }]).map((a) => a.short)).toEqual(['LĐLĐ']);
    expect(extractAbbreviations(text, [])).toEqual([]);
  });
  it('takes unsorted, overlapping and out-of-range spans', () => {
    const text = 'NLĐ ở đây. LĐLĐ ở kia.';
    const spans = [{ start: 11, end: 999 }, { start: -5, end: 5 }, { start: 2, end: 14 }, { start: 7, end: 3 }];
    expect(extractAbbreviations(text, spans).map((a) => [a.short, a.count])).toEqual([['NLĐ', 1], ['LĐLĐ', 1]]);
  });
  it('does not count a token cut by the end of a span', () => {
    expect(extractAbbreviations('LĐLĐ', [{ start: 0, end: 2 }])).toEqual([]);
  });
});
