// The written forms issue 14 adds: foreign acronyms with their English name, spaced and joined
// variants read as one, document numbers, road codes, place letters, lower-case forms, and
// definitions by a known expansion or a unit's code; the common tier and its config. Every
// sentence is written for the test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAbbreviations } from '../src/extract/abbreviations/index.js';
import { expandAbbreviations } from '../src/extract/abbreviations/expand.js';
import { followConnectors } from '../src/extract/abbreviations/records.js';
import { ConfigError, parseConfigFile, resolveConfig, runChecks } from '../src/check/index.js';
import { analyze } from '../src/index.js';
import { input } from './check-helpers.js';

const whole = (text: string) => [{ start: 0, end: text.length }];
const all = (text: string) => extractAbbreviations(text, whole(text));
const summary = (text: string) => all(text).map((a) => [a.short, a.expansion, a.source, a.mentions.map(([s, e]) => text.slice(s, e))]);

describe('foreign acronyms: the Vietnamese name in expansion, the English one in expansionEnglish', () => {
  it.each([
    ['Tổ chức WTO vừa công bố báo cáo.', 'WTO', 'Tổ chức Thương mại Thế giới', 'World Trade Organization'],
    ['Người nhiễm HIV được điều trị miễn phí.', 'HIV', 'virus gây suy giảm miễn dịch ở người', 'Human Immunodeficiency Virus'],
    ['Lực lượng IS rút khỏi thị trấn.', 'IS', 'Nhà nước Hồi giáo', 'Islamic State'],
    ['Giá xăng RON 95 tăng nhẹ.', 'RON', 'chỉ số octan nghiên cứu', 'Research Octane Number'],
    ['Phóng viên BBC có mặt tại hiện trường.', 'BBC', 'Đài Phát thanh và Truyền hình Anh', 'British Broadcasting Corporation'],
    ['Tỷ giá 25.000 đồng/USD.', 'USD', 'đô la Mỹ', 'United States dollar'],
  ])('%s', (text, short, expansion, english) => {
    const a = all(text).find((x) => x.short === short);
    expect([a?.expansion, a?.expansionEnglish, a?.source]).toEqual([expansion, english, 'builtin']);
  });

  it('gives no English name to a Vietnamese form', () => {
    expect(all('UBND tỉnh họp.')[0]?.expansionEnglish).toBeUndefined();
  });

  it('writes a foreign acronym out the way an editor would with --first', () => {
    const text = 'WTO dự báo thương mại tăng. Các nước WTO sẽ họp.';
    expect(expandAbbreviations(text, all(text), { first: true })).toBe('Tổ chức Thương mại Thế giới (WTO) dự báo thương mại tăng. Các nước WTO sẽ họp.');
  });
});

describe('spaced and joined variants are one form, so no part takes a sense of its own', () => {
  it.each([
    ['Bộ NN & PTNT họp.', [['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn', 'builtin', ['NN & PTNT']]]],
    ['Bộ NN - PTNT họp.', [['NN - PTNT', 'Nông nghiệp - Phát triển nông thôn', 'builtin', ['NN - PTNT']]]],
    ['Bộ NN và PTNT họp.', [['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn', 'builtin', ['NN và PTNT']]]],
    // NV alone is Nội vụ; inside KHXH & NV it is nhân văn
    ['Trường ĐH KHXH & NV tuyển sinh.', [
      ['ĐH', 'đại học', 'builtin', ['ĐH']],
      ['KHXH&NV', 'khoa học xã hội và nhân văn', 'builtin', ['KHXH & NV']],
    ]],
    ['Sở GD - ĐT và Sở GDĐT.', [['GD - ĐT', 'Giáo dục - Đào tạo', 'builtin', ['GD - ĐT', 'GDĐT']]]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội', 'LĐ-TB-XH', 'Lao động - Thương binh - Xã hội'],
    ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội', 'LĐTBXH', 'Lao động - Thương binh và Xã hội'],
    ['GD&ĐT', 'Giáo dục và Đào tạo', 'GD và ĐT', 'Giáo dục và Đào tạo'],
  ])('followConnectors(%s, …, %s)', (short, expansion, spelling, expected) => {
    expect(followConnectors(short, expansion, spelling)).toBe(expected);
  });
});

describe('document numbers, road codes and place letters', () => {
  it.each([
    ['Theo Công văn 318/CV - UB ngày 2/4.', [['CV', 'công văn', 'builtin', ['CV']], ['UB', 'Ủy ban', 'builtin', ['UB']]]],
    // an issuer code no dictionary knows is left out of a document number
    ['Theo Quyết định 15/QĐ-XYZQ.', [['QĐ', 'quyết định', 'builtin', ['QĐ']]]],
    ['Xe tải lật trên QL1A rồi QL 14.', [['QL', 'quốc lộ', 'builtin', ['QL', 'QL']]]],
    ['Sạt lở trên ĐT741 và TL10.', [['ĐT', 'đường tỉnh', 'builtin', ['ĐT']], ['TL', 'tỉnh lộ', 'builtin', ['TL']]]],
    ['Nhà ở Q. 3, P. Võ Thị Sáu và H. Củ Chi.', [
      ['Q', 'quận', 'builtin', ['Q.']],
      ['P', 'phường', 'builtin', ['P.']],
      ['H', 'huyện', 'builtin', ['H.']],
    ]],
    ['Căn hộ ở Q.7 bán chạy.', [['Q', 'quận', 'builtin', ['Q.']]]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'Anh Nguyễn Văn H. Hải cho biết.',
    'Chị P. Lan kể lại.',
    'Ông H. nói vậy.',
    // the road kind alone, without a code, is not a road code
    'Trường chú trọng ĐT nghề.',
  ])('reads no place letter or road in "%s"', (text) => {
    expect(all(text).filter((a) => ['Q', 'P', 'H'].includes(a.short) || a.expansion === 'đường tỉnh')).toEqual([]);
  });

  it('marks uses in document numbers', () => {
    const [qd] = all('Theo Quyết định 7/QĐ-UBND, QĐ này có hiệu lực.').filter((a) => a.short === 'QĐ');
    expect([qd?.count, qd?.inDocumentNumber]).toEqual([2, 1]);
  });
});

describe('lower-case and capitalised forms in older text', () => {
  it.each([
    ['Cuộc họp của ubnd xã và hđnd huyện.', [
      ['UBND', 'Ủy ban nhân dân', 'builtin', ['ubnd']],
      ['HĐND', 'Hội đồng nhân dân', 'builtin', ['hđnd']],
    ]],
    ['Hđxx tuyên án vào chiều nay.', [['HĐXX', 'hội đồng xét xử', 'builtin', ['Hđxx']]]],
    ['Dân tp đổ về tp. Cần Thơ.', [['TP', 'thành phố', 'builtin', ['tp', 'tp.']]]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    // Vietnamese syllables, English words and foreign acronyms in lower case are words
    'Ca sĩ hát tin vui ở ban nhạc.',
    'The who and the band.',
    'Anh ấy is here.',
  ])('reads nothing in "%s"', (text) => {
    expect(all(text)).toEqual([]);
  });
});

describe('definitions the text gives', () => {
  it.each([
    ['Quân đội dùng máy bay không người lái (UAV) để tuần tra; UAV bay về căn cứ.', 'UAV', 'máy bay không người lái', 2],
    ['Hàng hóa từ Campuchia (CPC) vào chợ; người CPC mua nhiều.', 'CPC', 'Campuchia', 2],
    ['Phòng Cảnh sát kinh tế (PC03) vào cuộc; PC03 đã lập hồ sơ.', 'PC03', 'Phòng Cảnh sát kinh tế', 2],
    ['Phòng Cảnh sát giao thông (PC 08) kiểm tra; PC 08 và PC08 phạt 20 xe.', 'PC 08', 'Phòng Cảnh sát giao thông', 3],
  ])('%s', (text, short, expansion, count) => {
    const a = all(text).find((x) => x.short === short);
    expect([a?.expansion, a?.source, a?.count]).toEqual([expansion, 'inline', count]);
  });

  it('keeps a byline of initials out', () => {
    expect(all('Giá lúa tăng mạnh trong tuần qua. (T.H)')).toEqual([]);
  });

  it('says unknown honestly', () => {
    const unknown = all('Đại diện PĐTX cho biết.').find((a) => a.short === 'PĐTX');
    expect([unknown?.expansion, unknown?.source]).toEqual([null, 'unknown']);
  });
});

describe('stays linear on long runs', () => {
  it.each([
    ['connectors', 'NN & '.repeat(20000)],
    ['document numbers', '12/QĐ - '.repeat(20000)],
    ['place letters', 'Q. '.repeat(20000)],
    ['lower case', 'tp ubnd '.repeat(20000)],
    ['parentheses', '(PC 45 '.repeat(20000)],
  ])('%s', (_, text) => {
    const t0 = Date.now();
    expect(() => all(text)).not.toThrow();
    // a quadratic walk over 100k characters would take minutes, not seconds
    expect(Date.now() - t0).toBeLessThan(20000);
  });
});

describe('the common tier', () => {
  const doc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith('`abbreviation-undefined`\n')) ?? '';
  const example = (label: string): string => {
    const m = section.match(new RegExp(`\\*\\*${label}\\*\\* \\([^\\n]*\\n\\n\`\`\`text\\n([\\s\\S]*?)\\n\`\`\``));
    if (!m) throw new Error(`no ${label} example`);
    return m[1] as string;
  };
  const config = resolveConfig({ ruleOverrides: ['abbreviation-undefined=warn'] });
  const undefinedFindings = (text: string, c = config) =>
    runChecks(input(text, { analysis: analyze(text) }), c)
      .filter((f) => f.ruleId === 'abbreviation-undefined')
      .map((f) => [f.line, f.column, f.message]);

  it('flags the Bad example of docs/rules.md: TTYT is known but not common', () => {
    expect(undefinedFindings(example('Bad'))).toEqual([
      [1, 11, '"TTYT" is never defined, and readers are not expected to know it; write "trung tâm y tế (TTYT)" at its first use, or add it to "commonAbbreviations" in the config.'],
    ]);
  });
  it('passes the Good example of docs/rules.md', () => {
    expect(undefinedFindings(example('Good'))).toEqual([]);
  });
  it('lets the config add a form to the tier or take one out', () => {
    const bad = example('Bad');
    const file = (add: string[], remove: string[]) => resolveConfig({ file: parseConfigFile({ commonAbbreviations: { add, remove } }, 'x.json') });
    expect(undefinedFindings(bad, file(['TTYT'], []))).toEqual([]);
    expect(undefinedFindings(bad, file(['TTYT'], ['UBND'])).map((f) => f.slice(0, 2))).toEqual([[1, 46]]);
  });
  it.each([
    [{ commonAbbreviations: ['TTYT'] }, /must be an object/],
    [{ commonAbbreviations: { add: 'TTYT' } }, /must be a list of short forms/],
    [{ commonAbbreviations: { ad: ['TTYT'] } }, /Did you mean "add"/],
  ])('rejects a bad commonAbbreviations: %j', (data, message) => {
    expect(() => parseConfigFile(data, 'x.json')).toThrow(ConfigError);
    expect(() => parseConfigFile(data, 'x.json')).toThrow(message);
  });
  it('marks common forms in the analysis', () => {
    expect(all('UBND và TTYT.').map((a) => [a.short, a.common ?? false])).toEqual([['UBND', true], ['TTYT', false]]);
  });
});
