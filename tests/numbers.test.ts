// Number extractor: exact mentions for real-looking Vietnamese news sentences, negatives beside positives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../src/extract/numbers/index.js';
import { Scan, wordsByStart } from '../src/extract/numbers/scan.js';
import { NUM, PUNCT, tokenize, WORD } from '../src/extract/numbers/tokens.js';
import { LETTER_OR_DIGIT } from '../src/lexicon/letters.js';
import type { NumberKind, NumberMention, Word } from '../src/types.js';

/** [text, value, unit, qualifier, kind, valueTo?] */
type Row = [string, number, string | null, string | null, NumberKind, number?];

function all(text: string): NumberMention[] {
  return extractNumbers(text, [{ start: 0, end: text.length }]);
}

function rows(text: string): Row[] {
  return all(text).map((m) => {
    const r: Row = [m.text, m.value, m.unit, m.qualifier, m.kind];
    if (m.valueTo !== undefined) r.push(m.valueTo);
    return r;
  });
}

const cases: [string, Row[]][] = [
  // The fixture's sentences (issue 2, point 6).
  ['Trong 5 năm qua, các cấp CĐ thành phố đã tổ chức hơn 19.700 cuộc triển khai tuyên truyền.', [['19.700', 19700, 'cuộc', 'hơn', 'count']]],
  ['nhiệm vụ của tổ chức CĐ đến hơn 1.850.000 lượt ĐV, NLĐ.', [['1.850.000', 1850000, 'lượt', 'hơn', 'count']]],
  ['Đồng thời, thành lập 120 nhóm truyền thông ứng dụng hiệu quả các nền tảng mạng xã hội.', [['120', 120, 'nhóm', null, 'count']]],
  ['trong bối cảnh dịch COVID-19 diễn biến phức tạp, các cấp CĐ đã tổ chức hơn 9.900 cuộc tuyên truyền', [['9.900', 9900, 'cuộc', 'hơn', 'count']]],
  ['tổ chức 15 cuộc thi, Hội thi bằng hình thức trực tiếp và trực tuyến', [['15', 15, 'cuộc', null, 'count']]],
  ['03/12/2023 - 07:09', []],

  // Vietnamese separators: `.` thousands, `,` decimals.
  ['Tỷ lệ lạm phát ở mức 3,2%.', [['3,2%', 3.2, '%', null, 'percent']]],
  ['Lãi suất giảm 0,5% so với đầu năm.', [['0,5%', 0.5, '%', null, 'percent']]],
  ['Tỷ lệ hộ nghèo giảm còn 1,5%.', [['1,5%', 1.5, '%', null, 'percent']]],
  ['Mỗi suất quà trị giá 500.000 đồng.', [['500.000', 500000, 'đồng', null, 'money']]],
  ['Thu ngân sách đạt 12.345.678 triệu đồng.', [['12.345.678 triệu', 12345678000000, 'đồng', null, 'money']]],
  ['Giá trị xuất khẩu đạt 1.234,5 triệu USD.', [['1.234,5 triệu', 1234500000, 'USD', null, 'money']]],
  ['Cây cầu dài 1,2 km.', [['1,2', 1.2, 'km', null, 'measure']]],
  ['Chiều cao trung bình của thanh niên là 1,68 m.', [['1,68', 1.68, 'm', null, 'measure']]],
  // English-style spellings in quotes and with a space.
  ['"We had 19,700 meetings," ông nói.', [['19,700', 19700, 'meetings', null, 'count']]],
  ['Dân số đạt 1,850,000 người.', [['1,850,000', 1850000, 'người', null, 'count']]],
  ['Có 19 700 người tham dự.', [['19 700', 19700, 'người', null, 'count']]],
  ['Kim ngạch tăng 5.5% trong quý.', [['5.5%', 5.5, '%', null, 'percent']]],
  ['Công ty có vốn 1,234.5 triệu USD.', [['1,234.5 triệu', 1234500000, 'USD', null, 'money']]],
  // `,` + 3 digits before a scale word is a decimal.
  ['Doanh thu đạt 1,250 tỷ đồng.', [['1,250 tỷ', 1250000000, 'đồng', null, 'money']]],
  ['Lãi suất là 6,125%.', [['6,125%', 6.125, '%', null, 'percent']]],
  ['Lãi suất là 6,125 phần trăm.', [['6,125', 6.125, 'phần trăm', null, 'percent']]],
  ['Có 3,500 người tham gia.', [['3,500', 3500, 'người', null, 'count']]],

  // Scale and number words.
  ['Dự án có tổng vốn 3,2 tỷ đồng.', [['3,2 tỷ', 3200000000, 'đồng', null, 'money']]],
  ['Công trình được đầu tư 970 triệu đồng.', [['970 triệu', 970000000, 'đồng', null, 'money']]],
  ['Công trình được đầu tư 970 triệu.', [['970 triệu', 970000000, 'đồng', null, 'money']]],
  ['Mỗi hộ được hỗ trợ 1 triệu 200 nghìn đồng.', [['1 triệu 200 nghìn', 1200000, 'đồng', null, 'money']]],
  ['Hàng trăm người dân đã có mặt từ sớm.', [['trăm', 100, 'người', 'hàng', 'count']]],
  ['Hàng nghìn du khách đổ về phố đi bộ.', [['nghìn', 1000, 'du khách', 'hàng', 'count']]],
  ['Hàng chục nghìn người xem trực tiếp.', [['chục nghìn', 10000, 'người', 'hàng', 'count']]],
  ['Vài trăm người đã có mặt.', [['trăm', 100, 'người', 'vài', 'count']]],
  ['Có hai mươi lăm em được nhận học bổng.', [['hai mươi lăm', 25, 'em', null, 'count']]],
  ['Có hai mươi tư người bị thương.', [['hai mươi tư', 24, 'người', null, 'count']]],
  ['Hai mươi mốt đội tham gia giải.', [['Hai mươi mốt', 21, 'đội', null, 'count']]],
  ['Mười người đã đến.', [['Mười', 10, 'người', null, 'count']]],
  ['Đoàn có mười lăm thành viên.', [['mười lăm', 15, 'thành viên', null, 'count']]],
  ['Xã có một trăm linh năm hộ nghèo.', [['một trăm linh năm', 105, 'hộ', null, 'count']]],
  ['Ba trăm năm mươi người được mời.', [['Ba trăm năm mươi', 350, 'người', null, 'count']]],
  ['Giá cà phê lên một trăm lẻ tám nghìn đồng.', [['một trăm lẻ tám nghìn', 108000, 'đồng', null, 'money']]],
  ['Tổng cộng hai nghìn không trăm hai mươi ba người.', [['hai nghìn không trăm hai mươi ba', 2023, 'người', null, 'count']]],
  ['Tiền thưởng là hai mươi lăm nghìn đồng.', [['hai mươi lăm nghìn', 25000, 'đồng', null, 'money']]],
  ['Cả làng góp được 5 ngàn đồng mỗi nhà.', [['5 ngàn', 5000, 'đồng', null, 'money']]],
  ['Mỗi người đóng 3 chục nghìn.', [['3 chục nghìn', 30000, null, null, 'plain']]],
  ['Giá vé là 1 triệu rưỡi.', [['1 triệu rưỡi', 1500000, null, null, 'plain']]],
  ['Lương tháng 13 khoảng 2 triệu rưỡi đồng.', [['2 triệu rưỡi', 2500000, 'đồng', 'khoảng', 'money']]],
  ['Chỉ tiêu năm nay là 1 nghìn tỷ đồng.', [['1 nghìn tỷ', 1000000000000, 'đồng', null, 'money']]],
  ['Gói tín dụng 120 nghìn tỷ đồng cho nhà ở xã hội.', [['120 nghìn tỷ', 120000000000000, 'đồng', null, 'money']]],
  ['Một triệu người đã xem video.', [['Một triệu', 1000000, 'người', null, 'count']]],
  ['Có bảy tỷ đồng được giải ngân.', [['bảy tỷ', 7000000000, 'đồng', null, 'money']]],
  ['Gần hai nghìn người tham gia chạy bộ.', [['hai nghìn', 2000, 'người', 'gần', 'count']]],
  ['Hai người bị thương nhẹ.', [['Hai', 2, 'người', null, 'count']]],
  ['Có hai trăm mốt người dự thi.', [['hai trăm mốt', 210, 'người', null, 'count']]],
  ['Có một triệu mốt người xem.', [['một triệu mốt', 1100000, 'người', null, 'count']]],
  ['Chiếc áo giá 1 triệu hai.', [['1 triệu hai', 1200000, 'đồng', null, 'money']]],
  ['Có chín mươi chín người.', [['chín mươi chín', 99, 'người', null, 'count']]],
  ['Năm mươi tư hộ được hỗ trợ.', [['Năm mươi tư', 54, 'hộ', null, 'count']]],
  ['Lương hai triệu năm trăm nghìn đồng.', [['hai triệu năm trăm nghìn', 2500000, 'đồng', null, 'money']]],
  ['Một nghìn chín trăm chín mươi chín người.', [['Một nghìn chín trăm chín mươi chín', 1999, 'người', null, 'count']]],
  ['Có hai chục người.', [['hai chục', 20, 'người', null, 'count']]],
  ['Mười năm người ta mới gặp lại.', []],
  ['Giá lúa 7 nghìn rưỡi một ký.', [['7 nghìn rưỡi', 7500, null, null, 'plain']]],
  ['Hơn nửa triệu người đã đăng ký.', [['nửa triệu', 500000, 'người', 'hơn', 'count']]],
  ['Khu đất rộng 1,5 nghìn tỷ đồng.', [['1,5 nghìn tỷ', 1500000000000, 'đồng', null, 'money']]],
  ['Hàng trăm nghìn người xem.', [['trăm nghìn', 100000, 'người', 'hàng', 'count']]],
  ['Thiệt hại hàng trăm tỷ đồng.', [['trăm tỷ', 100000000000, 'đồng', 'hàng', 'money']]],
  ['Có mười một người bị thương.', [['mười một', 11, 'người', null, 'count']]],
  ['Đã qua mười năm.', []],
  ['Một nửa số hộ đã thoát nghèo.', []],

  // Money.
  ['Lương tối thiểu vùng I tăng lên 4,96 triệu đồng/tháng.', [['4,96 triệu', 4960000, 'đồng/tháng', null, 'money']]],
  ['Giá vàng SJC ở mức 74,5 triệu đồng/lượng.', [['74,5 triệu', 74500000, 'đồng/lượng', null, 'money']]],
  ['Doanh thu đạt 1.250 tỷ đồng, tăng 12,5% so với cùng kỳ.', [['1.250 tỷ', 1250000000000, 'đồng', null, 'money'], ['12,5%', 12.5, '%', null, 'percent']]],
  ['Tổng vốn đầu tư khoảng 2,5 tỷ USD.', [['2,5 tỷ', 2500000000, 'USD', 'khoảng', 'money']]],
  ['Vé máy bay giá 1.500.000 VNĐ.', [['1.500.000', 1500000, 'VNĐ', null, 'money']]],
  ['Phí dịch vụ 200.000 VND mỗi lượt.', [['200.000', 200000, 'VND', null, 'money']]],
  ['Chiếc điện thoại có giá $999 tại Mỹ.', [['$999', 999, 'USD', null, 'money']]],
  ['Giá xăng giảm 500 đồng/lít.', [['500', 500, 'đồng/lít', null, 'money']]],
  ['Thu nhập bình quân 5 triệu đồng/người/tháng.', [['5 triệu', 5000000, 'đồng/người/tháng', null, 'money']]],
  ['Lãi suất cho vay 7,5%/năm.', [['7,5%/năm', 7.5, '%/năm', null, 'percent']]],
  ['Gói hỗ trợ €5 triệu.', [['€5 triệu', 5000000, 'EUR', null, 'money']]],
  ['Mật độ dân số 1.200 người/km2.', [['1.200', 1200, 'người/km2', null, 'count']]],
  ['Lưu lượng về hồ 300 m3/s.', [['300', 300, 'm3/s', null, 'measure']]],
  ['Học phí từ 500 nghìn đến 1 triệu đồng.', [['500 nghìn', 500000, 'đồng', null, 'money', 1000000], ['1 triệu', 1000000, 'đồng', null, 'money']]],
  ['Mỗi đoàn khoảng từ 10 đến 15 người.', [['10', 10, 'người', 'khoảng', 'count', 15], ['15', 15, 'người', 'khoảng', 'count']]],
  ['Giá thịt heo 25.000 đ/kg.', [['25.000', 25000, 'đ/kg', null, 'money']]],
  ['Thu nhập bình quân 500.000đ/tháng.', [['500.000đ/tháng', 500000, 'đ/tháng', null, 'money']]],
  ['Hợp đồng trị giá 50 triệu euro.', [['50 triệu', 50000000, 'euro', null, 'money']]],
  ['Hơn 1.000 tỷ đồng đã được giải ngân.', [['1.000 tỷ', 1000000000000, 'đồng', 'hơn', 'money']]],

  // Markets, weather, schools, traffic, sport.
  ['Giá vàng miếng niêm yết 72,5 - 73,2 triệu đồng/lượng.', [['72,5', 72500000, 'đồng/lượng', null, 'money', 73200000], ['73,2 triệu', 73200000, 'đồng/lượng', null, 'money']]],
  ['VN-Index tăng 12,35 điểm (1,05%) lên 1.185,4 điểm.', [['12,35', 12.35, 'điểm', null, 'count'], ['1,05%', 1.05, '%', null, 'percent'], ['1.185,4', 1185.4, 'điểm', null, 'count']]],
  ['Tỷ giá trung tâm là 24.015 đồng/USD.', [['24.015', 24015, 'đồng/USD', null, 'money']]],
  ['Nhiệt độ thấp nhất 12-15 độ C, vùng núi dưới 10 độ C.', [['12', 12, 'độ C', null, 'measure', 15], ['15', 15, 'độ C', null, 'measure'], ['10', 10, 'độ C', 'dưới', 'measure']]],
  ['Năm nay có hơn 1 triệu thí sinh đăng ký dự thi.', [['1 triệu', 1000000, 'thí sinh', 'hơn', 'count']]],
  ['Tai nạn làm chết 1.024 người trong 3 tháng đầu năm.', [['1.024', 1024, 'người', null, 'count']]],
  ['Việt Nam đã tiêm hơn 266 triệu liều vắc xin COVID-19.', [['266 triệu', 266000000, 'liều', 'hơn', 'count']]],
  ['Sân bay có công suất 25 triệu khách/năm.', [['25 triệu', 25000000, 'khách/năm', null, 'count']]],
  ['Giá xăng RON 95 tăng 500 đồng/lít.', [['500', 500, 'đồng/lít', null, 'money']]],
  ['iPhone 15 Pro Max có giá 34,99 triệu đồng.', [['34,99 triệu', 34990000, 'đồng', null, 'money']]],
  ['Hà Nội thắng 2-0 ở vòng 5 V-League 2023.', [['5', 5, 'vòng', null, 'ordinal']]],
  ['Quang Hải ghi bàn ở phút 75.', []],
  ['Điện áp định mức 220 V.', [['220', 220, 'V', null, 'measure']]],

  // Percent.
  ['Khoảng 70 phần trăm người dân đồng ý.', [['70', 70, 'phần trăm', 'khoảng', 'percent']]],
  ['Có tới 30% học sinh thiếu ngủ.', [['30%', 30, '%', 'tới', 'percent']]],
  ['Tỷ lệ bao phủ gần như 100%.', [['100%', 100, '%', 'gần như', 'percent']]],
  ['Lãi suất tăng 0,25 điểm phần trăm.', [['0,25', 0.25, 'điểm phần trăm', null, 'percent']]],

  // Measures.
  ['Dự án có diện tích 120 ha.', [['120', 120, 'ha', null, 'measure']]],
  ['Nhiệt độ cao nhất 38 độ C.', [['38', 38, 'độ C', null, 'measure']]],
  ['Đêm qua nhiệt độ xuống -5°C ở Sa Pa.', [['-5°C', -5, '°C', null, 'measure']]],
  ['Nhà máy điện mặt trời công suất 50 MW.', [['50', 50, 'MW', null, 'measure']]],
  ['Xe chạy với tốc độ 80 km/h.', [['80', 80, 'km/h', null, 'measure']]],
  ['Tuyến đường dài 5km nối hai huyện.', [['5km', 5, 'km', null, 'measure'], ['hai', 2, 'huyện', null, 'count']]],
  ['Sản lượng lúa đạt hơn 1,4 triệu tấn.', [['1,4 triệu', 1400000, 'tấn', 'hơn', 'measure']]],
  ['Căn hộ 45 m2 giá 1,8 tỷ đồng.', [['45', 45, 'm2', null, 'measure'], ['1,8 tỷ', 1800000000, 'đồng', null, 'money']]],
  ['Lô B2 rộng 200 m².', [['200', 200, 'm²', null, 'measure']]],
  ['Hồ chứa 3,5 triệu m³ nước.', [['3,5 triệu', 3500000, 'm³', null, 'measure']]],
  ['Mưa lớn đo được 150 mm.', [['150', 150, 'mm', null, 'measure']]],
  ['Cầu thủ cao 1m70.', [['1m70', 1.7, 'm', null, 'measure']]],
  ['Tổng tài sản 2.500.000.000đ.', [['2.500.000.000đ', 2500000000, 'đ', null, 'money']]],
  ['Bé nặng 3,2 kg khi chào đời.', [['3,2', 3.2, 'kg', null, 'measure']]],
  ['Tàu cách bờ khoảng 20 hải lý.', [['20', 20, 'hải lý', 'khoảng', 'measure']]],
  ['Nhà máy tiêu thụ 2 triệu kWh điện mỗi năm.', [['2 triệu', 2000000, 'kWh', null, 'measure']]],

  // Ages.
  ['Bố mẹ bà đã 88 và 84 tuổi.', [['88', 88, 'tuổi', null, 'age'], ['84', 84, 'tuổi', null, 'age']]],
  ['Mỗi nhóm 3 hoặc 4 người.', [['3', 3, 'người', null, 'count'], ['4', 4, 'người', null, 'count']]],
  ['Hội nghị diễn ra trong hai ngày 22 và 23 tháng 3.', []],
  ['Ông Nguyễn Văn A (47 tuổi) bị bắt.', [['47', 47, 'tuổi', null, 'age']]],
  ['Trẻ dưới 18 tuổi không được vào.', [['18', 18, 'tuổi', 'dưới', 'age']]],

  // Counts with their counted noun.
  ['Vụ tai nạn làm 3 người chết, 5 người bị thương.', [['3', 3, 'người', null, 'count'], ['5', 5, 'người', null, 'count']]],
  ['Có gần 200 hộ dân bị ảnh hưởng.', [['200', 200, 'hộ', 'gần', 'count']]],
  ['Vào thứ Bảy, hơn 2.000 người tham gia.', [['2.000', 2000, 'người', 'hơn', 'count']]],
  ['Con số lên tới 3.000 người.', [['3.000', 3000, 'người', 'lên tới', 'count']]],
  ['Sân vận động có sức chứa 40.000 chỗ ngồi.', [['40.000', 40000, 'chỗ ngồi', null, 'count']]],
  ['Tỉnh có 150 doanh nghiệp FDI.', [['150', 150, 'doanh nghiệp', null, 'count']]],
  ['Đã ghi nhận 12 trường hợp mắc.', [['12', 12, 'trường hợp', null, 'count']]],
  ['Ít nhất 5 người thiệt mạng.', [['5', 5, 'người', 'ít nhất', 'count']]],
  ['Có chừng 40 hộ sống ven sông.', [['40', 40, 'hộ', 'chừng', 'count']]],
  ['Xấp xỉ 300 học sinh được khen thưởng.', [['300', 300, 'học sinh', 'xấp xỉ', 'count']]],
  ['Trên 50 doanh nghiệp tham gia.', [['50', 50, 'doanh nghiệp', 'trên', 'count']]],
  ['Giá tăng gấp 3 lần.', [['3', 3, 'lần', null, 'ratio']]],
  ['Doanh thu tăng 2,5 lần so với năm trước.', [['2,5', 2.5, 'lần', null, 'count']]],
  ['Giá bán 15,5 triệu đồng/m2.', [['15,5 triệu', 15500000, 'đồng/m2', null, 'money']]],
  ['Sản lượng 2,4 triệu tấn/năm.', [['2,4 triệu', 2400000, 'tấn/năm', null, 'measure']]],
  ['Kinh phí 40 tỷ.', [['40 tỷ', 40000000000, 'đồng', null, 'money']]],
  ['Tài xế bị phạt 7,5 triệu.', [['7,5 triệu', 7500000, 'đồng', null, 'money']]],
  ['Tổng kinh phí khoảng 120 tỷ.', [['120 tỷ', 120000000000, 'đồng', 'khoảng', 'money']]],
  ['Giá 25.000 một ký.', [['25.000', 25000, 'đồng', null, 'money']]],
  ['Dự án đã hoàn thành 970 triệu.', [['970 triệu', 970000000, null, null, 'plain']]],
  ['COVID-19 đã lây cho 416 người.', [['416', 416, 'người', null, 'count']]],
  ['Quận 1 có 10 phường.', [['10', 10, 'phường', null, 'count']]],
  ['Có 3 người trong số 5 người được chọn.', [['3', 3, 'người', null, 'count'], ['5', 5, 'người', null, 'count']]],
  ['Hơn 2.000 tình nguyện viên tham gia.', [['2.000', 2000, 'tình nguyện viên', 'hơn', 'count']]],
  ['Cả nước có 63 tỉnh, thành phố.', [['63', 63, 'tỉnh', null, 'count']]],
  ['Tính đến 17h ngày 5/6, cả nước ghi nhận 1.234 ca mắc mới.', [['1.234', 1234, 'ca', null, 'count']]],
  ['Vùng 2 Hải quân có 200 chiến sĩ.', [['200', 200, 'chiến sĩ', null, 'count']]],

  // Ranges.
  ['Mỗi nhóm có 10-15 người.', [['10', 10, 'người', null, 'count', 15], ['15', 15, 'người', null, 'count']]],
  ['Mỗi đoàn từ 10 đến 15 người.', [['10', 10, 'người', null, 'count', 15], ['15', 15, 'người', null, 'count']]],
  ['Mức phạt từ 4-6 triệu đồng.', [['4', 4000000, 'đồng', null, 'money', 6000000], ['6 triệu', 6000000, 'đồng', null, 'money']]],
  ['Mức phạt từ 4 triệu đến 6 triệu đồng.', [['4 triệu', 4000000, 'đồng', null, 'money', 6000000], ['6 triệu', 6000000, 'đồng', null, 'money']]],
  ['Lợi nhuận dự kiến 3-4 tỷ đồng.', [['3', 3000000000, 'đồng', null, 'money', 4000000000], ['4 tỷ', 4000000000, 'đồng', null, 'money']]],
  ['Lãi suất khoảng 30-40%.', [['30', 30, '%', 'khoảng', 'percent', 40], ['40%', 40, '%', 'khoảng', 'percent']]],
  ['Giá thuê 5 - 7 triệu đồng/tháng.', [['5', 5000000, 'đồng/tháng', null, 'money', 7000000], ['7 triệu', 7000000, 'đồng/tháng', null, 'money']]],
  ['Mỗi ngày có 1.000-2.000 lượt khách.', [['1.000', 1000, 'lượt', null, 'count', 2000], ['2.000', 2000, 'lượt', null, 'count']]],
  ['Lượng mưa 100–200 mm.', [['100', 100, 'mm', null, 'measure', 200], ['200', 200, 'mm', null, 'measure']]],
  ['Giá 30.000 - 40.000 đồng/kg.', [['30.000', 30000, 'đồng/kg', null, 'money', 40000], ['40.000', 40000, 'đồng/kg', null, 'money']]],
  ['Người hiến phải từ 18 đến 60 tuổi.', [['18', 18, 'tuổi', null, 'age', 60], ['60', 60, 'tuổi', null, 'age']]],

  // Ordinals and weekdays.
  ['Việt Nam xếp thứ 3 toàn khu vực.', [['thứ 3', 3, null, null, 'ordinal']]],
  ['Đội giành vị trí thứ 2 chung cuộc.', [['thứ 2', 2, 'vị trí', null, 'ordinal']]],
  ['Trận chung kết diễn ra vào thứ 7.', []],
  ['Thứ 7 (25/11), trời mưa to.', []],
  ['Chợ mở cửa thứ 7 và Chủ nhật.', []],
  ['Việt Nam xếp thứ 2, sau Thái Lan.', [['thứ 2', 2, null, null, 'ordinal']]],
  ['Đội đứng thứ 3 sau vòng bảng.', [['thứ 3', 3, null, null, 'ordinal']]],
  ['Cuộc họp dời sang thứ 4 tuần sau.', []],
  ['Đây là lần thứ hai giải được tổ chức.', [['thứ hai', 2, 'lần', null, 'ordinal']]],
  ['Đây là lần thứ 10 giải được tổ chức.', [['thứ 10', 10, 'lần', null, 'ordinal']]],
  ['Thứ nhất, cần nâng cao nhận thức.', [['Thứ nhất', 1, null, null, 'ordinal']]],
  ['Thứ hai, chúng ta cần hành động.', [['Thứ hai', 2, null, null, 'ordinal']]],
  ['Kỳ họp thứ 6 Quốc hội khóa XV bế mạc.', [['thứ 6', 6, 'kỳ họp', null, 'ordinal']]],
  ['Anh về đích thứ tư.', [['thứ tư', 4, null, null, 'ordinal']]],
  ['Đại hội Đảng toàn quốc lần thứ XIII thành công.', [['thứ XIII', 13, 'lần', null, 'ordinal']]],
  ['Kỳ họp thứ VI Quốc hội khóa XV.', [['thứ VI', 6, 'kỳ họp', null, 'ordinal']]],
  ['Thứ tự ưu tiên được sắp xếp lại.', []],
  ['Có 3 đô thị loại I.', [['3', 3, 'đô thị', null, 'count']]],
  ['Uống 2 ly cà phê mỗi ngày.', [['2', 2, 'ly', null, 'count']]],
  ['Trận lượt đi diễn ra vào thứ Hai.', []],
  ['Thứ 3 (4/12), hội nghị khai mạc.', []],
  ['Sáng thứ 5 tới, đoàn sẽ đến.', []],
  ['Từ thứ 2 đến thứ 6 hằng tuần.', []],
  ['Họp vào thứ năm tuần này.', []],
  ['Đợt 3 có 120 người tham gia.', [['3', 3, 'đợt', null, 'ordinal'], ['120', 120, 'người', null, 'count']]],

  // Dates and times are the date extractor's.
  ['Trong 5 năm qua, tỉnh phát triển mạnh.', []],
  ['Dự án kéo dài 3 tháng.', []],
  ['Lễ khai mạc lúc 18h30.', []],
  ['Ngày 25/2, đoàn công tác làm việc.', []],
  ['Luật có hiệu lực từ 1.7.2025.', []],
  ['Ông sinh năm 1975.', []],
  ['Năm 2019, tỉnh thu hút 50 dự án.', [['50', 50, 'dự án', null, 'count']]],
  ['Giai đoạn 2021-2025, tỉnh đầu tư 5.000 tỷ đồng.', [['5.000 tỷ', 5000000000000, 'đồng', null, 'money']]],
  ['Từ năm 2019 đến 2023, có 15 vụ.', [['15', 15, 'vụ', null, 'count']]],
  ['Từ 24-7 đến 31-7, tỉnh tổ chức lễ hội.', []],
  ['Ngày 3/12/2023, có 300 người dự.', [['300', 300, 'người', null, 'count']]],
  ['Họp lúc 18 giờ 30 phút.', []],
  ['Phiên họp bắt đầu 18 giờ 30.', []],
  ['Luật có hiệu lực từ 1 tháng 5.', []],
  ['Cả nước đón 12,6 triệu lượt khách năm 2023.', [['12,6 triệu', 12600000, 'lượt', null, 'count']]],
  ['Đã tổ chức 19.700 năm 2023.', [['19.700', 19700, null, null, 'plain']]],
  ['Tháng 10 năm nay có bão.', []],
  ['Quý 3 tăng trưởng tốt.', []],
  ['Cách đây 10 năm, có 20 người.', [['20', 20, 'người', null, 'count']]],
  ['Bé phẫu thuật từ lúc 3 tuổi.', [['3', 3, 'tuổi', null, 'age']]],
  ['Mỗi tháng 3 triệu đồng tiền nhà.', [['3 triệu', 3000000, 'đồng', null, 'money']]],
  ['Trong tháng 10 người dân đổ xô đi mua vàng.', []],
  ['Trưa 28 - 10, chúng tôi ghé nhà hàng.', []],
  ['Ngày 30 - 4 - 1967, cuộc bầu cử diễn ra.', []],
  ['Mình sẽ về quê đến 28 tết.', []],
  ['Tàu Hoàng Đạt 35 nói trên đã cập cảng.', []],
  ['Sóng cấp 5 và gió cấp 6.', [['5', 5, 'cấp', null, 'ordinal'], ['6', 6, 'cấp', null, 'ordinal']]],
  ['Mạng cấp nước cấp 1, 2, 3 đã hoàn thành.', [['1', 1, 'cấp', null, 'ordinal'], ['2', 2, 'cấp', null, 'ordinal'], ['3', 3, 'cấp', null, 'ordinal']]],
  ['Theo Điều 5, 6 và 7 của luật.', []],
  ['Nhà máy cấp nước giai đoạn 1 công suất 300.000 m3/ngày.', [['300.000', 300000, 'm3/ngày', null, 'measure']]],
  ['Bà viết được hai ký tự.', [['hai', 2, 'ký tự', null, 'count']]],
  ['Tiễn đưa hai đồng đội xấu số.', [['hai', 2, 'đồng đội', null, 'count']]],
  ['Tỷ lệ tái nghiện là 98 - 100%.', [['98', 98, '%', null, 'percent', 100], ['100%', 100, '%', null, 'percent']]],
  ['Nàng dâu tuổi 30 về nhà chồng.', [['30', 30, 'tuổi', null, 'age']]],
  ['Hàng ngàn quán nhậu bán thịt thú rừng.', [['ngàn', 1000, 'quán', 'hàng', 'count']]],
  ['Với gần 1 triệu bỏ ra, anh sắm ba cheo lưới.', [['1 triệu', 1000000, null, 'gần', 'plain']]],
  ['Từ 12 g khuya đến rạng sáng.', []],
  ['Gói bánh nặng 500 g.', [['500', 500, 'g', null, 'measure']]],

  // Identifiers and codes.
  ['Dịch COVID-19 bùng phát.', []],
  ['Máy bay SU290 hạ cánh an toàn.', []],
  ['Chuyến bay VJ 826 bị hoãn.', []],
  ['Hãng khai thác máy bay A320.', []],
  ['Xe mang biển số 51A-123.45 bị giữ.', []],
  ['Liên hệ số điện thoại 0912 345 678.', []],
  ['Điện thoại: 0292.3820 123.', []],
  ['Liên hệ hotline 1900 1234.', []],
  ['Bệnh nhân 416 đã xuất viện.', []],
  ['BN 416 đã khỏi bệnh.', []],
  ['Bệnh nhân 416 người Anh đã khỏi.', []],
  ['Ông sống ở phường 5 quận 3.', []],
  ['Bão số 3 gây thiệt hại nặng.', []],
  ['Nghị quyết 57-NQ/TW về khoa học.', []],
  ['Thông tư 01/2024/TT-BTC có hiệu lực.', []],
  ['Sư đoàn 308 được tuyên dương.', []],
  ['Học sinh lớp 12 thi tốt nghiệp.', []],
  ['Đường dây nóng: 0913.456.789.', []],
  ['Gọi 113 khi có sự cố.', []],
  ['Theo Điều 5 khoản 2 Luật Đất đai.', []],
  ['Căn cứ Quyết định số 123/QĐ-UBND.', []],
  ['Theo Nghị định 100/2019/NĐ-CP.', []],
  ['Ông ở số 12 đường Trần Hưng Đạo.', []],
  ['Nhà số 45 Lê Lợi bị cháy.', []],
  ['Xe lưu thông trên Quốc lộ 1A.', []],
  ['Tai nạn trên QL1A.', []],
  ['Cuộc họp ở phòng 305.', []],
  ['Phòng 3.05 nhà A1.', []],
  ['Gọi +84 912 345 678 để được hỗ trợ.', []],
  ['Tổng đài (028) 3829 1234.', []],
  ['Xe biển số 29A-12345 vi phạm.', []],
  ['Truy cập www.abc123.vn/2023/12/tin.html để xem.', []],
  ['Mã OTP 123456 hết hạn.', []],
  ['Số CCCD 079123456789.', []],
  ['Luật số 45/2019/QH14 có hiệu lực.', []],
  ['Chất lượng theo ISO 9001:2015.', []],
  ['Chương trình 135 hỗ trợ xã nghèo.', []],
  ['Lô B2 đã bán.', []],
  ['Phiên bản 1.2.3 được phát hành.', []],
  ['Cách mạng công nghiệp 4.0 mở ra cơ hội.', []],
  ['Đội tuyển U23 Việt Nam thắng.', []],
  ['Mạng 5G phủ sóng toàn thành phố.', []],
  ['Phim 3D thu hút khán giả.', []],
  ['Tàu cá QNg 90479 TS bị nạn.', []],
  ['Mã số thuế 0301234567.', []],
  ['Trận đấu kết thúc với tỷ số 2-1.', []],
  ['Tỷ số 2 - 1 nghiêng về đội khách.', []],
  ['Việt Nam thắng 3 - 0 trước Lào.', []],
  ['Đội tuyển thắng 3 trận liên tiếp.', [['3', 3, 'trận', null, 'count']]],
  ['Tỷ lệ 1/3 dân số.', []],

  ['Tổng số 120 đã được duyệt.', [['120', 120, null, null, 'plain']]],
  ['Con số thương vong lên tới 1.200.', [['1.200', 1200, null, 'lên tới', 'plain']]],
  ['1. Tăng cường công tác tuyên truyền.', []],
  ['2) Hỗ trợ 300 hộ nghèo.', [['300', 300, 'hộ', null, 'count']]],
  ['Đoàn đã tổ chức 15.', [['15', 15, null, null, 'plain']]],

  // Headlines in capitals.
  ['HƠN 19.700 CUỘC TUYÊN TRUYỀN', [['19.700', 19700, 'cuộc', 'hơn', 'count']]],
  ['TỔ CHỨC 15 CUỘC THI', [['15', 15, 'cuộc', null, 'count']]],
  ['GIÁ VÀNG TĂNG 2,5 TRIỆU ĐỒNG', [['2,5 TRIỆU', 2500000, 'ĐỒNG', null, 'money']]],

  // Words that look like numbers but are not.
  ['Ba mẹ em đều khỏe.', []],
  ['Năm nay có nhiều sự kiện.', []],
  ['Một số người cho rằng như vậy.', []],
  ['Bảo vệ nền tảng tư tưởng của Đảng.', []],
  ['Hai bên thống nhất ký kết.', []],
  ['Máy bay không người lái.', []],
  ['Hàng hóa được vận chuyển.', []],
];

describe('extractNumbers on news sentences', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('has at least 150 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });
});

describe('offsets', () => {
  it.each([
    ['Có hơn 19.700 cuộc.', 7, 13],
    ['Giá 3,2 tỷ đồng.', 4, 10],
    ['Tăng 0,5% so với', 5, 9],
  ])('%s', (text, start, end) => {
    const [m] = all(text);
    expect(m && [m.start, m.end, m.text === text.slice(m.start, m.end)]).toEqual([start, end, true]);
  });

  it('looks only inside the scope and sorts by start', () => {
    const text = '10 người. 20 người. 30 người.';
    const got = extractNumbers(text, [{ start: 20, end: 29 }, { start: 0, end: 9 }]);
    expect(got.map((m) => [m.text, m.start])).toEqual([['10', 0], ['30', 20]]);
  });
});

describe('the fixture', () => {
  it('yields exactly the five quantities of issue 2', () => {
    const text = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
    // Content parts: every block but the dateline (first), the byline and the trailer (last two).
    const blocks: { start: number; end: number }[] = [];
    const re = /[^\n]+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) blocks.push({ start: m.index, end: m.index + m[0].length });
    const scope = blocks.slice(1, -2);
    const got = extractNumbers(text, scope).map((m) => [m.text, m.value, m.unit, m.qualifier, m.kind, text.slice(m.start, m.end)]);
    expect(got).toEqual([
      ['19.700', 19700, 'cuộc', 'hơn', 'count', '19.700'],
      ['1.850.000', 1850000, 'lượt', 'hơn', 'count', '1.850.000'],
      ['120', 120, 'nhóm', null, 'count', '120'],
      ['9.900', 9900, 'cuộc', 'hơn', 'count', '9.900'],
      ['15', 15, 'cuộc', null, 'count', '15'],
    ]);
    // The whole text (dateline and byline too) adds nothing.
    expect(extractNumbers(text, [{ start: 0, end: text.length }]).length).toBe(5);
  });
});

// Long runs and multi-megabyte lines: tests/large/extract-adversarial.test.ts.
describe('odd input', () => {
  it.each([
    ['empty', ''],
    ['binary junk', '\u0000\uffff\ud800 \u0001 12\u0000'],
  ])('%s returns a list', (_name, text) => {
    const got = extractNumbers(text, [{ start: 0, end: text.length }]);
    expect(Array.isArray(got)).toBe(true);
    for (const m of got) expect(m.text).toBe(text.slice(m.start, m.end));
  });

  it('skips a run of 100 000 digits (no real quantity has that many)', () => {
    expect(all('1'.repeat(100_000))).toEqual([]);
  });

  it('survives malformed scopes', () => {
    const bad = [{ start: Number.NaN, end: 8 }, { start: 0, end: Number.POSITIVE_INFINITY }] as { start: number; end: number }[];
    expect(extractNumbers('12 người', bad).map((m) => m.text)).toEqual(['12']);
    expect(extractNumbers('12 người', null as unknown as [])).toEqual([]);
  });

  it('ignores scope spans outside the text', () => {
    expect(extractNumbers('12 người', [{ start: -5, end: 500 }, { start: 9, end: 3 }]).map((m) => m.text)).toEqual(['12']);
  });
});

describe('tokens', () => {
  // The token rule as a regular expression (how tokens.ts read it before its one-pass scan):
  // ASCII digit runs, runs of other letters and digits, single code points that are neither nor space.
  const RULE = new RegExp(String.raw`[0-9]+|(?:(?![0-9])[${LETTER_OR_DIGIT}])+|[^\s${LETTER_OR_DIGIT}]`, 'gu');
  const byRule = (text: string, from: number, to: number): [number, number, number][] =>
    [...text.slice(from, to).matchAll(RULE)].map((m) => {
      const first = m[0].charCodeAt(0);
      return [from + m.index, from + m.index + m[0].length, first >= 48 && first <= 57 ? NUM : new RegExp(`^[${LETTER_OR_DIGIT}]`, 'u').test(m[0]) ? WORD : PUNCT];
    });
  const byScan = (text: string, from: number, to: number): [number, number, number][] => {
    const t = tokenize(text, from, to);
    return t.start.map((s, k) => [s, t.end[k]!, t.type[k]!]);
  };

  it('cuts digits, letters and marks apart', () => {
    const text = 'SU290 bay 18h30, m² giá 500.000đ';
    expect(byScan(text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual(['SU', '290', 'bay', '18', 'h', '30', ',', 'm²', 'giá', '500', '.', '000', 'đ']);
  });

  it('agrees with the rule on every UTF-16 code unit, between letters, digits and spaces', () => {
    let text = '';
    for (let c = 0; c < 0x10000; c++) text += `${String.fromCharCode(c)}${'a1 \u00a0'[c % 4]}`;
    expect(byScan(text, 0, text.length)).toEqual(byRule(text, 0, text.length));
  });

  it('agrees with the rule on surrogate pairs, lone surrogates and a span cut inside a pair', () => {
    const text = 'x😀y\ud83d z\ude00 1\ud83d\ude002 “5”–6\u3000\ufeff7\u2028İ8';
    for (const [from, to] of [[0, text.length], [2, text.length], [0, 3], [5, 17]] as const) expect(byScan(text, from, to)).toEqual(byRule(text, from, to));
  });
});

describe('lowercased tokens', () => {
  // Scan lowercases the tokens' stretch of text once and slices it; each token must read as if
  // lowercased alone: not where the mapping depends on the letters around (final sigma) or
  // changes the length (`İ`).
  it.each([
    ['Vietnamese with capitals', 'HƠN 19.700 Cuộc họp, Đà Nẵng ĐÓN 3,2 TRIỆU khách'],
    ['a sigma that ends a word only on its own', 'ΟΔΟΣ.ΑΘΗΝΑ 5 ΣΑ'],
    ['a capital that grows', 'İSTANBUL 12 İ'],
  ])('%s', (_name, text) => {
    const scan = new Scan(text, tokenize(text, 0, text.length));
    const each = Array.from({ length: scan.count }, (_, k) => scan.textOf(k).toLowerCase());
    expect(Array.from({ length: scan.count }, (_, k) => scan.lower(k))).toEqual(each);
  });
});

describe('words by start', () => {
  const w = (start: number, text: string): Word => ({ start, end: start + text.length, text, pos: 'N', chunk: '', ner: '' });
  // In text order (as analyze passes them) they are searched; out of order, mapped; the answers agree.
  it.each([
    ['in text order', [w(0, 'hai'), w(4, 'đứa'), w(8, 'con'), w(8, 'con gái'), w(16, 'ấy')]],
    ['out of order', [w(8, 'con'), w(0, 'hai'), w(16, 'ấy'), w(4, 'đứa'), w(8, 'con gái')]],
  ])('%s', (_name, words) => {
    const index = wordsByStart(words);
    expect(index.size > 0).toBe(true);
    expect([0, 4, 8, 16, 2, 20, -1].map((s) => index.get(s)?.text)).toEqual(['hai', 'đứa', 'con gái', 'ấy', undefined, undefined, undefined]);
  });
  it('is empty without words', () => {
    expect([wordsByStart([]).size, wordsByStart([]).get(0)]).toEqual([0, undefined]);
  });
});
