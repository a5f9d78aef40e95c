// Each sense of each ambiguous entry of the built-in dictionary, chosen from a sentence of its
// own; and the same short forms left unresolved when nothing in the text selects a sense.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAbbreviations } from '../src/extract/abbreviations/index.js';

const find = (text: string, short: string) =>
  extractAbbreviations(text, [{ start: 0, end: text.length }]).find((a) => a.short === short);

// [short, expected expansion, sentence]
export const SENSES: [string, string, string][] = [
  ['BCT', 'Bộ Chính trị', 'Ủy viên BCT, Bí thư Thành ủy Hà Nội dự hội nghị.'],
  ['BCT', 'Bộ Công Thương', 'Theo BCT, giá xăng dầu sẽ được điều chỉnh từ 15 giờ chiều nay.'],
  ['BBT', 'Ban Bí thư', 'BBT vừa ban hành chỉ thị về công tác cán bộ.'],
  ['BBT', 'Ban Biên tập', 'Thay mặt BBT báo Thanh Niên, ông A trao giải.'],
  ['BCH', 'Ban Chấp hành', 'BCH Công đoàn cơ sở nhiệm kỳ 2023 - 2028 ra mắt.'],
  ['BCH', 'Ban Chỉ huy', 'BCH Quân sự huyện tổ chức lễ giao nhận quân.'],
  ['BS', 'bác sĩ', 'BS Trần Văn Hùng, Bệnh viện Đa khoa tỉnh, cho biết bệnh nhân đã tỉnh lại.'],
  ['BS', 'bổ sung', 'Quốc hội thông qua Luật sửa đổi, BS một số điều của Luật Đất đai.'],
  ['BT', 'bí thư', 'Ông Nguyễn Văn Nên, BT Thành ủy, chủ trì buổi làm việc.'],
  ['BT', 'xây dựng - chuyển giao', 'Dự án theo hình thức hợp đồng BT được thanh toán bằng quỹ đất.'],
  ['BTC', 'Ban Tổ chức', 'BTC giải chạy cho biết có hơn 5.000 vận động viên đăng ký.'],
  ['BTC', 'Bộ Tài chính', 'BTC vừa ban hành thông tư hướng dẫn về thuế thu nhập cá nhân.'],
  ['BTV', 'Ban Thường vụ', 'BTV Tỉnh ủy đã họp xem xét công tác cán bộ.'],
  ['BTV', 'biên tập viên', 'Chị Lan là BTV của chương trình thời sự trên sóng VTV.'],
  ['CN', 'công nhân', 'Hàng nghìn CN tại KCN Tân Tạo được nhận thưởng Tết.'],
  ['CN', 'chủ nhật', 'Lễ khai mạc diễn ra vào sáng CN tuần này.'],
  ['CN', 'công nghệ', 'Hội thảo bàn về ứng dụng khoa học và CN trong sản xuất lúa gạo.'],
  ['CN', 'cử nhân', 'Anh tốt nghiệp CN luật năm 2015 rồi về quê lập nghiệp.'],
  ['CP', 'Chính phủ', 'Theo Nghị định 100/2019 của CP, mức phạt được nâng lên.'],
  ['CP', 'cổ phần', 'Công ty CP Thủy sản Cần Thơ niêm yết trên sàn chứng khoán.'],
  ['CT', 'Chủ tịch', 'Ông Trần Văn A, CT UBND huyện, kiểm tra công trình.'],
  ['CT', 'công ty', 'CT TNHH Hòa Bình vừa khánh thành nhà máy mới.'],
  ['CT', 'chỉ thị', 'Thực hiện CT số 05 của Bộ Chính trị, các địa phương đã vào cuộc.'],
  ['CĐ', 'công đoàn', 'Chủ tịch CĐ cơ sở trao quà cho công nhân khó khăn.'],
  ['CĐ', 'cao đẳng', 'Sinh viên trường CĐ Y tế Cần Thơ tham gia hiến máu.'],
  ['DS', 'dược sĩ', 'DS Nguyễn Thị Hoa, nhà thuốc Long Châu, tư vấn cách dùng thuốc.'],
  ['DS', 'dân số', 'Chi cục DS - KHHGĐ tỉnh cho biết mức sinh đang giảm.'],
  ['GĐ', 'giám đốc', 'Ông Trần Văn E, GĐ công ty, cho biết đơn hàng tăng.'],
  ['GĐ', 'gia đình', 'Hội tặng quà cho các GĐ chính sách dịp Tết.'],
  ['GV', 'giáo viên', 'Nhiều GV mầm non bỏ nghề vì lương thấp.'],
  ['GV', 'giảng viên', 'Ông là GV Trường ĐH Cần Thơ, hướng dẫn nhiều sinh viên.'],
  ['HS', 'học sinh', 'Hơn 1.000 HS trường THPT Châu Văn Liêm được tặng học bổng.'],
  ['HS', 'hồ sơ', 'Người dân có thể nộp HS trực tuyến trên Cổng dịch vụ công.'],
  ['HS', 'hình sự', 'Cơ quan điều tra đã khởi tố vụ án HS về tội lừa đảo.'],
  ['HQ', 'Hải quan', 'Cục HQ tỉnh phát hiện lô hàng buôn lậu qua cửa khẩu.'],
  ['HQ', 'Hàn Quốc', 'Du khách HQ và Nhật Bản đến Đà Nẵng tăng mạnh.'],
  ['KH', 'kế hoạch', 'UBND tỉnh ban hành KH triển khai chuyển đổi số năm 2024.'],
  ['KH', 'khách hàng', 'Ngân hàng giảm lãi suất cho KH vay mua nhà.'],
  ['KH', 'khoa học', 'Nhà KH trẻ nhận giải thưởng cho đề tài nghiên cứu về lúa.'],
  ['KT', 'kinh tế', 'Tỉnh đặt mục tiêu phát triển KT biển bền vững.'],
  ['KT', 'kiểm tra', 'Đoàn KT của Ủy ban Kiểm tra Tỉnh ủy làm việc với huyện.'],
  ['LĐ', 'lao động', 'Tỉnh giải quyết việc làm cho 20.000 LĐ phổ thông.'],
  ['LĐ', 'lãnh đạo', 'Các đồng chí LĐ tỉnh dự lễ khánh thành.'],
  ['LS', 'luật sư', 'LS Trần Văn B bào chữa cho bị cáo tại phiên tòa.'],
  ['LS', 'liệt sĩ', 'Lãnh đạo tỉnh thăm hỏi gia đình thương binh, LS nhân ngày 27/7.'],
  ['MN', 'mầm non', 'Cô giáo trường MN Hoa Sen chăm sóc trẻ.'],
  ['MN', 'miền Nam', 'Nắng nóng gay gắt kéo dài ở các tỉnh MN.'],
  ['MT', 'môi trường', 'Nhà máy bị phạt vì xả thải gây ô nhiễm MT.'],
  ['MT', 'Mặt trận', 'Ủy ban MT Tổ quốc tỉnh phát động quyên góp ủng hộ đồng bào.'],
  ['MT', 'miền Trung', 'Bão số 3 gây thiệt hại nặng cho các tỉnh MT.'],
  ['NH', 'ngân hàng', 'Nhiều NH đồng loạt giảm lãi suất cho vay.'],
  ['NH', 'nhà hàng', 'Các NH, khách sạn ven biển đông thực khách dịp lễ.'],
  ['NV', 'Nội vụ', 'Sở NV đề xuất sắp xếp lại bộ máy.'],
  ['NV', 'nhân viên', 'Nhiều NV cửa hàng tiện lợi nghỉ việc.'],
  ['NN', 'nông nghiệp', 'Ngành NN khuyến cáo nông dân xuống giống đúng lịch.'],
  ['NN', 'nhà nước', 'Vốn NN tại doanh nghiệp phải được bảo toàn.'],
  ['NN', 'nước ngoài', 'Số lượng du khách NN đến Việt Nam tăng mạnh.'],
  ['TB', 'thông báo', 'Văn phòng UBND tỉnh ra TB số 120 về kết luận của Chủ tịch.'],
  ['TB', 'trung bình', 'Giá nhà TB tăng khoảng 10% mỗi năm.'],
  ['TB', 'thương binh', 'Gia đình TB, liệt sĩ được tặng quà dịp 27/7.'],
  ['TBT', 'Tổng Bí thư', 'TBT Tô Lâm tiếp Đại sứ Nhật Bản.'],
  ['TBT', 'Tổng Biên tập', 'Ông A, TBT báo Cần Thơ, phát biểu tại hội nghị.'],
  ['TC', 'trung cấp', 'Học sinh tốt nghiệp THCS có thể học trường TC nghề.'],
  ['TC', 'tài chính', 'Sở TC đề xuất bổ sung ngân sách cho dự án.'],
  ['TH', 'tiểu học', 'Học sinh trường TH Lê Lợi được tặng xe đạp.'],
  ['TH', 'trường hợp', 'Tỉnh ghi nhận thêm 15 TH mắc sốt xuất huyết.'],
  ['TN', 'thanh niên', 'Đoàn viên TN tình nguyện ra quân dọn rác.'],
  ['TN', 'Tây Nguyên', 'Giá cà phê tại các tỉnh TN tăng mạnh.'],
  ['TN', 'tài nguyên', 'Sở TN và môi trường kiểm tra mỏ cát.'],
  ['TS', 'tiến sĩ', 'TS Lê Văn C, chuyên gia kinh tế, nhận định lạm phát sẽ giảm.'],
  ['TS', 'thí sinh', 'Hơn 1 triệu TS dự thi tốt nghiệp THPT năm nay.'],
  ['TT', 'thị trấn', 'UBND TT Phong Điền tổ chức lễ ra quân.'],
  ['TT', 'trung tâm', 'Giám đốc TT Y tế huyện Cờ Đỏ cho biết dịch đã được khống chế.'],
  ['TT', 'thông tư', 'Theo TT 12/2023 của Bộ Tài chính, mức phí mới áp dụng từ tháng 7.'],
  ['TT', 'Thủ tướng', 'TT Chính phủ vừa ký công điện chỉ đạo ứng phó bão.'],
  ['TTCP', 'Thủ tướng Chính phủ', 'TTCP đã phê duyệt quy hoạch tỉnh thời kỳ 2021 - 2030.'],
  ['TTCP', 'Thanh tra Chính phủ', 'Kết luận của TTCP chỉ ra nhiều sai phạm.'],
  ['ĐB', 'đại biểu', 'ĐB Nguyễn Thị D chất vấn Bộ trưởng tại kỳ họp.'],
  ['ĐB', 'đồng bằng', 'Lũ về ĐB sông Cửu Long sớm hơn mọi năm.'],
  ['ĐH', 'đại học', 'Thí sinh xét tuyển vào trường ĐH năm nay tăng mạnh.'],
  ['ĐH', 'đại hội', 'ĐH Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025 - 2030 thành công tốt đẹp.'],
  ['ĐK', 'đa khoa', 'Phòng khám ĐK khu vực Cái Răng tiếp nhận bệnh nhân.'],
  ['ĐK', 'đăng ký', 'Người dân có thể làm thủ tục ĐK xe máy trực tuyến.'],
  ['ĐT', 'đào tạo', 'Trường chú trọng ĐT nghề cho lao động nông thôn.'],
  ['ĐT', 'đội tuyển', 'ĐT Việt Nam thắng Thái Lan ở vòng loại World Cup.'],
  ['ĐT', 'điện thoại', 'Người dân phản ánh qua số ĐT đường dây nóng của tỉnh.'],
  ['ĐT', 'đầu tư', 'Tỉnh kêu gọi ĐT vào dự án năng lượng sạch.'],
  // a road code: the letters name the kind of road
  ['ĐT', 'đường tỉnh', 'Xe khách lật trên ĐT 830 đoạn qua xã Long Hiệp.'],
  ['ĐH', 'đường huyện', 'Cầu trên ĐH12 bị sạt lở sau trận mưa lớn.'],
  ['ĐV', 'đoàn viên', 'Quỹ hỗ trợ ĐV công đoàn gặp khó khăn.'],
  ['ĐV', 'đảng viên', 'Chi bộ trao huy hiệu 30 năm tuổi Đảng cho ĐV lão thành.'],
];

describe('each sense of each ambiguous entry, from its own sentence', () => {
  it.each(SENSES)('%s = %s: %s', (short, expansion, sentence) => {
    const a = find(sentence, short);
    expect(a?.source).toBe('builtin');
    expect(a?.expansion).toBe(expansion);
    expect(a?.candidates).toBeUndefined();
  });
});

describe('the table covers every sense the dictionary has', () => {
  const lines = readFileSync(new URL('../src/data/abbreviations.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'));
  const counts = new Map<string, number>();
  for (const [short = ''] of lines) counts.set(short, (counts.get(short) ?? 0) + 1);
  const ambiguous = lines.filter(([short = '']) => (counts.get(short) ?? 0) > 1).map(([short = '', expansion = '']) => `${short}=${expansion}`);
  it('has a sentence for each of the senses', () => {
    expect(SENSES.map(([s, e]) => `${s}=${e}`).sort()).toEqual(ambiguous.sort());
  });
});

describe('without evidence the short form stays ambiguous', () => {
  it.each([
    ['TT', 'Ông A cho biết TT sẽ xem xét lại.', ['thị trấn', 'trung tâm', 'thông tư', 'Thủ tướng']],
    ['CĐ', 'Năm nay CĐ có nhiều đổi mới.', ['công đoàn', 'cao đẳng']],
    ['ĐH', 'Sau ĐH, ông trở về quê.', ['đại học', 'đại hội']],
    ['BS', 'Ông là BS.', ['bác sĩ', 'bổ sung']],
    ['ĐV', 'Có 30 ĐV được khen.', ['đoàn viên', 'đảng viên']],
  ])('%s in "%s"', (short, sentence, candidates) => {
    const a = find(sentence, short);
    expect(a?.expansion).toBeNull();
    expect(a?.source).toBe('builtin');
    expect(a?.candidates).toEqual(candidates);
  });

  it('does not take evidence from the sentence before', () => {
    // `trường` ends the sentence before CĐ
    expect(find('Ông học ở trường. CĐ đã hỗ trợ ông.', 'CĐ')?.expansion).toBeNull();
    expect(find('Ông học ở trường CĐ.', 'CĐ')?.expansion).toBe('cao đẳng');
  });

  it('stays ambiguous when two senses have the same evidence', () => {
    // `trường` (cao đẳng) and `công nhân` (công đoàn) both right next to CĐ
    const a = find('Nhiều công nhân CĐ trường hợp đặc biệt.', 'CĐ');
    expect(a?.expansion).toBeNull();
  });
});

describe('evidence from the rest of the article', () => {
  it('takes the sense whose words the article uses elsewhere', () => {
    const text = 'Năm nay CĐ có nhiều đổi mới trong cách làm. Ở một đoạn khác rất xa, bài viết nói về sinh viên và tuyển sinh của nhà trường.';
    expect(find(text, 'CĐ')?.expansion).toBe('cao đẳng');
  });
  it('takes the sense of the domain the article’s other abbreviations belong to', () => {
    const union = 'Năm nay CĐ có nhiều đổi mới. Phía LĐLĐ tỉnh đánh giá cao, còn NLĐ thì hài lòng với HĐLĐ mới.';
    const school = 'Năm nay CĐ có nhiều đổi mới. Phía THPT cũng vậy, còn SGK thì được biên soạn lại cho HS.';
    expect(find(union, 'CĐ')?.expansion).toBe('công đoàn');
    expect(find(school, 'CĐ')?.expansion).toBe('cao đẳng');
  });
  it('does not decide from one stray word elsewhere', () => {
    expect(find('Năm nay CĐ có nhiều đổi mới trong cách làm. Ở đoạn khác rất xa nói tới sinh viên.', 'CĐ')?.expansion).toBeNull();
  });
});
