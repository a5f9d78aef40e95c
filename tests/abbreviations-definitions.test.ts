// Definitions the article gives itself, in both orders, with Vietnamese letters, `&`/`và`,
// tone-mark and look-alike differences; and parentheses that are not definitions.
import { describe, expect, it } from 'vitest';
import { extractAbbreviations } from '../src/extract/abbreviations/index.js';

const all = (text: string) => extractAbbreviations(text, [{ start: 0, end: text.length }]);
const find = (text: string, short: string) => all(text).find((a) => a.short === short);

describe('definitions, expansion first: `người lao động (NLĐ)`', () => {
  it.each([
    // [sentence, short, expansion, definedAt]
    ['Các cấp công đoàn (CĐ) tỉnh đã tổ chức nhiều hoạt động.', 'CĐ', 'công đoàn', 19],
    // at the start of a sentence the capital is the sentence's, not the name's
    ['Người lao động (NLĐ) tại các khu công nghiệp được hỗ trợ.', 'NLĐ', 'người lao động', 16],
    // … unless the dictionary writes it as a name
    ['Ủy ban nhân dân (UBND) tỉnh vừa ban hành kế hoạch.', 'UBND', 'Ủy ban nhân dân', 17],
    ['Cán bộ Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Hậu Giang đã kiểm tra.', 'GD&ĐT', 'Giáo dục và Đào tạo', 31],
    ['Bộ Khoa học và Công nghệ (KHCN) công bố danh sách.', 'KHCN', 'Khoa học và Công nghệ', 26],
    ['Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT) khuyến cáo bà con.', 'NN&PTNT', 'Nông nghiệp và Phát triển nông thôn', 40],
    ['Bà có bằng thạc sĩ (ThS) quản trị kinh doanh.', 'ThS', 'thạc sĩ', 20],
    ['Ban Chấp hành Trung ương (TƯ) Đảng họp phiên bế mạc.', 'TƯ', 'Trung ương', 26],
    ['Nhiều ưu đãi (ƯĐ) dành cho khách hàng.', 'ƯĐ', 'ưu đãi', 14],
    ['Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH) cho biết.', 'LĐ-TB&XH', 'Lao động - Thương binh và Xã hội', 37],
    ['Thành phố Hồ Chí Minh (TP.HCM) dẫn đầu cả nước.', 'TP.HCM', 'Thành phố Hồ Chí Minh', 23],
    // the head of the name repeated inside the parentheses
    ['Sở Giáo dục và Đào tạo (Sở GD&ĐT) đã có văn bản.', 'GD&ĐT', 'Giáo dục và Đào tạo', 27],
    ['Ủy ban nhân dân tỉnh (UBND tỉnh) chỉ đạo khẩn.', 'UBND', 'Ủy ban nhân dân', 22],
    // in a headline in capitals: the dictionary's case, else lower case
    ['CÁC CẤP CÔNG ĐOÀN (CĐ) TP CẦN THƠ CHĂM LO TẾT', 'CĐ', 'công đoàn', 19],
    ['ỦY BAN NHÂN DÂN (UBND) TỈNH HỌP KHẨN', 'UBND', 'Ủy ban nhân dân', 17],
    ['HỖ TRỢ NGƯỜI LAO ĐỘNG TỰ DO (NLĐTD)', 'NLĐTD', 'người lao động tự do', 29],
    // a short form no dictionary knows
    ['Sở Y tế (SYT) đã vào cuộc.', 'SYT', 'Sở Y tế', 9],
    ['Theo quy định, người sử dụng lao động (sau đây gọi tắt là NSDLĐ) phải đóng phí.', 'NSDLĐ', 'người sử dụng lao động', 58],
  ])('%s', (sentence, short, expansion, definedAt) => {
    const a = find(sentence, short);
    expect(a?.source).toBe('inline');
    expect(a?.expansion).toBe(expansion);
    expect(a?.definedAt).toBe(definedAt);
    expect(sentence.slice(definedAt, definedAt + short.length)).toBe(short);
  });
});

describe('definitions, short form first: `NLĐ (người lao động)`', () => {
  it.each([
    ['Hội nghị bàn về quyền lợi của NLĐ (người lao động) trong doanh nghiệp.', 'NLĐ', 'người lao động', 30],
    ['Theo ĐBSCL (Đồng bằng sông Cửu Long), lũ về sớm.', 'ĐBSCL', 'Đồng bằng sông Cửu Long', 5],
    ['Ông là ThS (thạc sĩ) kinh tế.', 'ThS', 'thạc sĩ', 7],
    ['Sở GD&ĐT (Giáo dục và Đào tạo) thông báo lịch thi.', 'GD&ĐT', 'Giáo dục và Đào tạo', 3],
    ['Lực lượng PCCC (phòng cháy, chữa cháy) có mặt kịp thời.', 'PCCC', 'phòng cháy, chữa cháy', 10],
  ])('%s', (sentence, short, expansion, definedAt) => {
    const a = find(sentence, short);
    expect(a?.source).toBe('inline');
    expect(a?.expansion).toBe(expansion);
    expect(a?.definedAt).toBe(definedAt);
    expect(a?.definition).toEqual([definedAt, sentence.indexOf(')') + 1]);
  });
});

describe('foreign acronyms after a body’s Vietnamese name', () => {
  it.each([
    ['Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), xuất khẩu tăng.', 'VASEP', 'Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam', 55],
    ['Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc (UNESCO) công nhận di sản.', 'UNESCO', 'Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc', 53],
    ['Công ty Cổ phần Hùng Vương (HVG) báo lãi.', 'HVG', 'Công ty Cổ phần Hùng Vương', 28],
    ['Đại diện Tổ chức Y tế Thế giới (WHO) tại Việt Nam cho biết.', 'WHO', 'Tổ chức Y tế Thế giới', 32],
  ])('%s', (sentence, short, expansion, definedAt) => {
    expect(find(sentence, short)).toMatchObject({ expansion, source: 'inline', definedAt });
    expect(sentence.slice(definedAt, definedAt + short.length)).toBe(short);
  });

  it.each([
    // the dictionary knows HN as Hà Nội: a place after a hospital's name, not its acronym
    ['Bệnh viện Bạch Mai (HN) quá tải.', [['HN', 'Hà Nội', 'builtin']]],
    // no head word opens a name
    ['Ông Nguyễn Văn A (PV) ghi nhận.', [['PV', 'phóng viên', 'builtin']]],
    ['Tổ chức này (ABC) hoạt động.', [['ABC', null, 'unknown']]],
  ])('%s', (sentence, expected) => {
    expect(all(sentence).map((a) => [a.short, a.expansion, a.source])).toEqual(expected);
  });

  it('lists an acronym pronounced as a word when the writer puts it in parentheses', () => {
    expect(all('Dự án do nhóm (VINA) thực hiện.').map((a) => [a.short, a.source])).toEqual([['VINA', 'unknown']]);
    expect(all('Dự án do nhóm VINA thực hiện.')).toEqual([]);
  });
});

describe('tone-mark placement and look-alike letters do not matter', () => {
  it('old-style `Uỷ` and `hoà` still spell the short form', () => {
    expect(find('Uỷ ban nhân dân (UBND) xã họp.', 'UBND')?.source).toBe('inline');
    expect(find('Các thành viên Hội đồng hoà giải (HĐHG) làm việc.', 'HĐHG')?.expansion).toBe('Hội đồng hoà giải');
  });
  it('Ð (U+00D0) and Đ (U+0110) are one short form', () => {
    const text = 'Lực lượng đoàn viên (\u00D0V) tham gia; ĐV được khen.';
    const a = all(text);
    expect(a.map((x) => [x.short, x.expansion, x.count])).toEqual([['ĐV', 'đoàn viên', 2]]);
  });
});

describe('a definition in the text overrides the dictionaries', () => {
  it('TP is thực phẩm in an article that says so', () => {
    const text = 'Các loại thực phẩm (TP) chức năng phải được kiểm nghiệm. TP chức năng không phải là thuốc.';
    expect(find(text, 'TP')).toMatchObject({ expansion: 'thực phẩm', source: 'inline', count: 2, definedAt: 20, definition: [9, 23] });
  });
  it('an ambiguous entry is settled by the definition', () => {
    const text = 'Trường cao đẳng (CĐ) nghề tuyển sinh; các CĐ khác cũng vậy.';
    expect(find(text, 'CĐ')).toMatchObject({ expansion: 'cao đẳng', source: 'inline', count: 2 });
  });
  it('the first definition wins when there are two', () => {
    const text = 'Người lao động (NLĐ) ở đây; nông lâm điền (NLĐ) ở kia.';
    expect(find(text, 'NLĐ')).toMatchObject({ expansion: 'người lao động', definedAt: 16, count: 2 });
  });
});

describe('parentheses that are not definitions', () => {
  it.each([
    ['Ông Nguyễn Văn A (47 tuổi), ngụ huyện Phong Điền, bị bắt.', []],
    ['Ông B (Hà Nội) cho biết giá cả đã ổn định.', []],
    ['Đoàn công tác của LĐLĐ (Hà Nội) đến thăm công nhân.', [['LĐLĐ', 'builtin', null]]],
    ['Tại thành phố Huế (TP) có nhiều di tích.', [['TP', 'builtin', null]]],
    ['Số liệu của NLĐ (47 tuổi) không rõ.', [['NLĐ', 'builtin', null]]],
    ['Chị C (ngụ TP Cần Thơ) phản ánh.', [['TP', 'builtin', null]]],
    ['Bệnh viện Chợ Rẫy (BV) tiếp nhận bệnh nhân.', [['BV', 'builtin', null]]],
    ['Hội nghị (lần thứ 5) đã bế mạc.', []],
    ['(((NLĐ)))', [['NLĐ', 'builtin', null]]],
    ['người lao động (NLĐ', [['NLĐ', 'builtin', null]]],
  ])('%s', (sentence, expected) => {
    expect(all(sentence).map((a) => [a.short, a.source, a.definedAt])).toEqual(expected);
  });
});
