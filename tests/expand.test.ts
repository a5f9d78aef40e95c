// Writing abbreviations out: every use, or only the first (house style), with the right case and
// no doubled definitions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAbbreviations } from '../src/extract/abbreviations/index.js';
import { expandAbbreviations } from '../src/extract/abbreviations/expand.js';

const expand = (text: string, first = false): string =>
  expandAbbreviations(text, extractAbbreviations(text, [{ start: 0, end: text.length }]), { first });

describe('expandAbbreviations: every use', () => {
  it.each([
    ['UBND tỉnh Cần Thơ vừa họp. UBND tỉnh giao Sở GD&ĐT triển khai.', 'Ủy ban nhân dân tỉnh Cần Thơ vừa họp. Ủy ban nhân dân tỉnh giao Sở Giáo dục và Đào tạo triển khai.'],
    ['Các cấp công đoàn (CĐ) TP Cần Thơ đã tổ chức hơn 15 cuộc thi cho CĐ cơ sở.', 'Các cấp công đoàn thành phố Cần Thơ đã tổ chức hơn 15 cuộc thi cho công đoàn cơ sở.'],
    ['NLĐ (người lao động) tại KCN Trà Nóc được hỗ trợ. NLĐ cũng được tăng lương.', 'Người lao động tại Khu công nghiệp Trà Nóc được hỗ trợ. Người lao động cũng được tăng lương.'],
    ['Người lao động (NLĐ) được hỗ trợ; ĐV công đoàn cũng vậy. NLĐ ký HĐLĐ mới.', 'Người lao động được hỗ trợ; đoàn viên công đoàn cũng vậy. Người lao động ký hợp đồng lao động mới.'],
    ['“NLĐ là trung tâm”, ông A nói tại TP. Cần Thơ.', '“Người lao động là trung tâm”, ông A nói tại thành phố Cần Thơ.'],
    ['Tại TP.HCM, giá vàng SJC giảm; Tp.HCM và TPHCM là một.', 'Tại Thành phố Hồ Chí Minh, giá vàng SJC giảm; Thành phố Hồ Chí Minh và Thành phố Hồ Chí Minh là một.'],
    ['Chủ tịch LĐLĐ tỉnh trao quà. LĐLĐ huyện cũng tham gia.', 'Chủ tịch Liên đoàn Lao động tỉnh trao quà. Liên đoàn Lao động huyện cũng tham gia.'],
    ['Ông A cho biết TT sẽ xem xét.', 'Ông A cho biết TT sẽ xem xét.'],
    ['ThS. Nguyễn Văn B giảng dạy tại trường THPT Lê Quý Đôn.', 'Thạc sĩ Nguyễn Văn B giảng dạy tại trường Trung học phổ thông Lê Quý Đôn.'],
    ['Đoàn thanh tra của Bộ LĐ-TB&XH làm việc với HLHPN tỉnh.', 'Đoàn thanh tra của Bộ Lao động - Thương binh và Xã hội làm việc với Hội Liên hiệp Phụ nữ tỉnh.'],
    // the head of a body's name takes a capital before the name, not elsewhere; units stay lower case
    ['BS Hùng, BV Chợ Rẫy, nói các BV tuyến tỉnh quá tải.', 'Bác sĩ Hùng, Bệnh viện Chợ Rẫy, nói các bệnh viện tuyến tỉnh quá tải.'],
    ['Sinh viên ĐH Cần Thơ và các trường ĐH khác tại TP Cần Thơ.', 'Sinh viên Đại học Cần Thơ và các trường đại học khác tại thành phố Cần Thơ.'],
    ['', ''],
    ['Không có chữ viết tắt nào.', 'Không có chữ viết tắt nào.'],
    ['Sở Giáo dục và Đào tạo (Sở GD&ĐT) họp; Sở GD&ĐT ra văn bản.', 'Sở Giáo dục và Đào tạo họp; Sở Giáo dục và Đào tạo ra văn bản.'],
    ['Người lao động (sau đây gọi tắt là NLĐ) đi làm; NLĐ nghỉ.', 'Người lao động đi làm; người lao động nghỉ.'],
    ['Tổ chức Y tế Thế giới (WHO) khuyến cáo; WHO cũng nói.', 'Tổ chức Y tế Thế giới khuyến cáo; Tổ chức Y tế Thế giới cũng nói.'],
  ])('%s', (input, expected) => {
    expect(expand(input)).toBe(expected);
  });
});

describe('expandAbbreviations: first use only (house style)', () => {
  it.each([
    ['UBND tỉnh Cần Thơ vừa họp. UBND tỉnh giao Sở GD&ĐT triển khai.', 'Ủy ban nhân dân (UBND) tỉnh Cần Thơ vừa họp. UBND tỉnh giao Sở Giáo dục và Đào tạo (GD&ĐT) triển khai.'],
    // defined at first use already: left alone
    ['Người lao động (NLĐ) được hỗ trợ. NLĐ ký hợp đồng mới.', 'Người lao động (NLĐ) được hỗ trợ. NLĐ ký hợp đồng mới.'],
    ['NLĐ (người lao động) được hỗ trợ. NLĐ ký hợp đồng mới.', 'NLĐ (người lao động) được hỗ trợ. NLĐ ký hợp đồng mới.'],
    // used before it is defined: written out at the first use, the later definition reduced
    ['NLĐ được hỗ trợ. Người lao động (NLĐ) ký hợp đồng mới.', 'Người lao động (NLĐ) được hỗ trợ. NLĐ ký hợp đồng mới.'],
    ['Tại Tp.HCM, TP.HCM và TPHCM.', 'Tại Thành phố Hồ Chí Minh (Tp.HCM), TP.HCM và TPHCM.'],
    // a later definition with part of the name in its parentheses keeps those words
    ['Sở GD&ĐT họp. Sở Giáo dục và Đào tạo (Sở GD&ĐT) ra văn bản.', 'Sở Giáo dục và Đào tạo (GD&ĐT) họp. Sở GD&ĐT ra văn bản.'],
    ['UBND tỉnh họp. Ủy ban nhân dân tỉnh (UBND tỉnh) ra văn bản.', 'Ủy ban nhân dân (UBND) tỉnh họp. UBND tỉnh ra văn bản.'],
    ['NLĐ nghỉ. Người lao động (sau đây gọi tắt là NLĐ) đi làm.', 'Người lao động (NLĐ) nghỉ. NLĐ đi làm.'],
    ['Ông A nói tại TP. Cần Thơ, TP này đẹp.', 'Ông A nói tại thành phố (TP) Cần Thơ, TP này đẹp.'],
  ])('%s', (input, expected) => {
    expect(expand(input, true)).toBe(expected);
  });
});

describe('expandAbbreviations on the fixture', () => {
  const text = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8');
  const found = extractAbbreviations(text, [{ start: 83, end: 2467 }]);
  const lead = (s: string): string => s.split('\n')[4] ?? '';

  it('writes the lead out without doubling the definitions', () => {
    expect(lead(expandAbbreviations(text, found))).toBe(
      'Các cấp công đoàn thành phố Cần Thơ đã triển khai nhiều hoạt động thiết thực, tích cực tham gia đấu tranh, tuyên truyền, phản bác các quan điểm sai trái, những thông tin xấu, độc trên mạng xã hội. Qua đó, góp phần bảo vệ nền tảng tư tưởng của Đảng, định hướng thông tin chính thống cho lực lượng đoàn viên, người lao động.',
    );
  });

  it('with first, defines TP at its first use and leaves the article’s own definitions', () => {
    expect(lead(expandAbbreviations(text, found, { first: true }))).toBe(
      'Các cấp công đoàn (CĐ) thành phố (TP) Cần Thơ đã triển khai nhiều hoạt động thiết thực, tích cực tham gia đấu tranh, tuyên truyền, phản bác các quan điểm sai trái, những thông tin xấu, độc trên mạng xã hội. Qua đó, góp phần bảo vệ nền tảng tư tưởng của Đảng, định hướng thông tin chính thống cho lực lượng đoàn viên (ĐV), người lao động (NLĐ).',
    );
  });

  it('writes out the caption', () => {
    expect(expandAbbreviations(text, found).split('\n')[6]).toBe(
      'Lãnh đạo Liên đoàn Lao động thành phố Cần Thơ và Liên đoàn Lao động quận Thốt Nốt thăm hỏi tình hình đời sống công nhân, lao động.',
    );
  });

  it('leaves the dateline, byline and trailer as they are', () => {
    const out = expandAbbreviations(text, found);
    expect(out.startsWith('03/12/2023 - 07:09\n')).toBe(true);
    expect(out.endsWith('Bài, ảnh: Kiến Quốc\n\nChia sẻ bài viết')).toBe(true);
    expect(out).not.toMatch(/công đoàn \(công đoàn\)|\(CĐ\)|\bNLĐ\b/u);
  });
});

describe('expandAbbreviations with abbreviations built elsewhere (no `definition` span)', () => {
  const strip = (text: string) =>
    extractAbbreviations(text, [{ start: 0, end: text.length }]).map(({ definition: _definition, ...rest }) => rest);
  it.each([
    ['Các cấp công đoàn (CĐ) và CĐ cơ sở.', 'Các cấp công đoàn và công đoàn cơ sở.'],
    ['Quyền lợi của NLĐ (người lao động) và NLĐ khác.', 'Quyền lợi của người lao động và người lao động khác.'],
  ])('%s', (text, expected) => {
    expect(expandAbbreviations(text, strip(text))).toBe(expected);
  });
});

describe('expandAbbreviations on odd input', () => {
  it('returns the text when abbreviations is not a list', () => {
    expect(expandAbbreviations('NLĐ', null as unknown as [])).toBe('NLĐ');
  });
  it('ignores malformed abbreviations and mentions', () => {
    const odd = [
      null,
      { short: 'NLĐ', expansion: 'người lao động', mentions: 'x' },
      { expansion: 'z', definedAt: 0, mentions: [[4, 5]] },
      { short: 'X', expansion: 'y', mentions: [[5, 2], ['a', 1], [0, 3]] },
    ];
    expect(expandAbbreviations('NLĐ ở đây', odd as unknown as [])).toBe('Y z đây');
  });
  it('skips overlapping mentions instead of garbling the text', () => {
    const a = { short: 'X', expansion: 'y', source: 'user' as const, count: 2, first: 0, definedAt: null, mentions: [[0, 3], [1, 2]] as [number, number][] };
    expect(expandAbbreviations('ABC d', [a])).toBe('Y d');
  });
});
