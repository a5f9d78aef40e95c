// Real-looking news of several sections (fixtures/abbreviations/*.txt), each with the exact
// (short form, expansion, source, count) it should yield, in order of first use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAbbreviations } from '../src/extract/abbreviations/index.js';

const run = (name: string) => {
  const text = readFileSync(new URL(`../fixtures/abbreviations/${name}`, import.meta.url), 'utf8');
  return extractAbbreviations(text, [{ start: 0, end: text.length }]).map((a) => [a.short, a.expansion, a.source, a.count]);
};

describe('news articles by section', () => {
  it.each([
    ['economy.txt', [
      ['VASEP', 'Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam', 'inline', 1],
      ['XK', 'xuất khẩu', 'builtin', 1],
      ['USD', 'đô la Mỹ', 'builtin', 1],
      ['DN', 'doanh nghiệp', 'builtin', 1],
      ['ĐBSCL', 'Đồng bằng sông Cửu Long', 'builtin', 1],
      ['IUU', 'khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định', 'builtin', 1],
      ['EC', 'Ủy ban châu Âu', 'inline', 1],
      ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn', 'builtin', 1],
      ['CPI', 'chỉ số giá tiêu dùng', 'builtin', 1],
      ['TCTK', 'Tổng cục Thống kê', 'inline', 1],
      ['NHNN', 'Ngân hàng Nhà nước', 'inline', 1],
      ['KCN', 'khu công nghiệp', 'builtin', 1],
      ['HTX', 'hợp tác xã', 'builtin', 1],
    ]],
    ['education.txt', [
      ['THPT', 'trung học phổ thông', 'inline', 4],
      ['TS', 'thí sinh', 'builtin', 1],
      ['GD&ĐT', 'Giáo dục và Đào tạo', 'inline', 2],
      ['GV', 'giáo viên', 'builtin', 1],
      ['CĐ', 'cao đẳng', 'builtin', 1],
      ['ĐH', 'đại học', 'builtin', 2],
      ['ThS', 'thạc sĩ', 'builtin', 1],
      ['HS', 'học sinh', 'builtin', 1],
      ['PGS.TS', 'phó giáo sư, tiến sĩ', 'builtin', 1],
      ['GDPT', 'giáo dục phổ thông', 'builtin', 1],
    ]],
    ['health.txt', [
      ['CDC', 'Trung tâm Kiểm soát bệnh tật', 'inline', 1],
      ['TP', 'thành phố', 'builtin', 2],
      ['SXH', 'sốt xuất huyết', 'builtin', 2],
      ['BSCKII', 'bác sĩ chuyên khoa II', 'builtin', 1],
      ['BV', 'bệnh viện', 'builtin', 1],
      ['BN', 'bệnh nhân', 'builtin', 1],
      ['BS', 'bác sĩ', 'builtin', 1],
      ['TTYT', 'trung tâm y tế', 'builtin', 1],
      ['UBND', 'Ủy ban nhân dân', 'builtin', 1],
      ['BHYT', 'bảo hiểm y tế', 'builtin', 1],
    ]],
    // TT is thị trấn beside `xã` and a place name, thông tư before a document number
    ['local.txt', [
      ['UBND', 'Ủy ban nhân dân', 'builtin', 2],
      ['CCHC', 'cải cách hành chính', 'inline', 1],
      ['HĐND', 'Hội đồng nhân dân', 'builtin', 1],
      ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc', 'builtin', 1],
      ['TT', 'thị trấn', 'builtin', 2],
      ['TTHC', 'thủ tục hành chính', 'builtin', 1],
      ['TT', 'thông tư', 'builtin', 1],
    ]],
    // NH (ngân hàng or nhà hàng) has no evidence either way: left unresolved, not guessed
    ['police.txt', [
      ['CSĐT', 'Cảnh sát điều tra', 'inline', 1],
      ['HS', 'hình sự', 'builtin', 1],
      ['TP', 'thành phố', 'builtin', 1],
      ['CA', 'Công an', 'builtin', 1],
      ['NH', null, 'builtin', 1],
      ['VKSND', 'Viện kiểm sát nhân dân', 'builtin', 1],
      ['CSGT', 'cảnh sát giao thông', 'builtin', 1],
      ['GPLX', 'giấy phép lái xe', 'builtin', 1],
    ]],
    ['politics.txt', [
      ['ĐH', 'đại hội', 'builtin', 1],
      ['BCH', 'Ban Chấp hành', 'builtin', 1],
      ['HĐND', 'Hội đồng nhân dân', 'builtin', 1],
      ['BCT', 'Bộ Chính trị', 'builtin', 2],
      ['TP.HCM', 'Thành phố Hồ Chí Minh', 'builtin', 1],
      ['UBND', 'Ủy ban nhân dân', 'builtin', 1],
      ['MTTQ', 'Mặt trận Tổ quốc', 'builtin', 1],
      ['ĐBQH', 'đại biểu Quốc hội', 'builtin', 1],
    ]],
    ['sport.txt', [
      ['HLV', 'huấn luyện viên', 'builtin', 2],
      ['ĐT', 'đội tuyển', 'builtin', 2],
      ['ASEAN', 'Hiệp hội các quốc gia Đông Nam Á', 'builtin', 1],
      ['CLB', 'câu lạc bộ', 'builtin', 1],
      ['VFF', 'Liên đoàn Bóng đá Việt Nam', 'builtin', 1],
      ['PVF', null, 'unknown', 1],
      ['VĐV', 'vận động viên', 'builtin', 1],
      ['NHM', 'người hâm mộ', 'builtin', 1],
      ['HCV', 'huy chương vàng', 'builtin', 1],
    ]],
    // no definitions: CĐ and ĐV resolved from the words around them and the union vocabulary
    ['union.txt', [
      ['LĐLĐ', 'Liên đoàn Lao động', 'builtin', 3],
      ['NLĐ', 'người lao động', 'builtin', 3],
      ['KCN', 'khu công nghiệp', 'builtin', 3],
      ['CĐ', 'công đoàn', 'builtin', 2],
      ['ĐV', 'đoàn viên', 'builtin', 1],
      ['CĐCS', 'công đoàn cơ sở', 'builtin', 1],
      ['CNVCLĐ', 'công nhân, viên chức, lao động', 'builtin', 1],
      ['BCH', 'Ban Chấp hành', 'builtin', 1],
    ]],
  ])('%s', (name, expected) => {
    expect(run(name)).toEqual(expected);
  });
});
