// The error classes of issue 12, on sentences written for these tests in the style of Vietnamese
// news (none is taken from the annotated corpus), read through the whole pipeline: vntk's tags,
// the rules, the learned tagger and the refiners. Every mention is listed, outer before inner,
// as `TYPE:exact text`.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Entity } from '../src/types.js';

function mentions(text: string): string[] {
  const all: [number, number, string][] = [];
  for (const e of analyze(text).entities) for (const [s, t] of e.mentions) all.push([s, t, `${e.type}:${text.slice(s, t)}`]);
  return all.sort((a, b) => a[0] - b[0] || b[1] - a[1]).map((m) => m[2]);
}

function entityOf(text: string, surface: string): Entity | undefined {
  const at = text.indexOf(surface);
  return analyze(text).entities.find((e) => e.mentions.some(([s, t]) => s === at && t === at + surface.length));
}

describe('1. organisations: outlets, agencies, companies, foreign bodies, long names', () => {
  it.each([
    ['Theo hãng tin Reuters, Bộ Quốc phòng Mỹ đã điều thêm hai tàu khu trục tới khu vực.', ['ORG:Reuters', 'ORG:Bộ Quốc phòng Mỹ', 'LOC:Mỹ']],
    ['Báo Tuổi Trẻ và báo điện tử VietnamNet đã đăng tải thông tin này từ sáng qua.', ['ORG:Báo Tuổi Trẻ', 'ORG:VietnamNet']],
    ['Hãng thông tấn Sputnik dẫn nguồn tin cho biết Chính phủ Campuchia chưa bình luận.', ['ORG:Hãng thông tấn Sputnik', 'ORG:Chính phủ Campuchia', 'LOC:Campuchia']],
    ['Ngân hàng VietinBank giải ngân 200 tỷ đồng cho Công ty CP du lịch Hòa Bình.', ['ORG:Ngân hàng VietinBank', 'ORG:Công ty CP du lịch Hòa Bình', 'LOC:Hòa Bình']],
    ['Hãng Mitsubishi và Toyota đều tăng giá xe từ tháng sau.', ['ORG:Hãng Mitsubishi', 'ORG:Toyota']],
    ['Ban quản lý đường sắt đô thị TP.HCM cho biết tàu sẽ chạy thử vào tháng tới.', ['ORG:Ban quản lý đường sắt đô thị TP.HCM', 'LOC:TP.HCM']],
    ['Sở Văn hóa - Thể thao Hải Phòng tổ chức lễ hội hoa phượng đỏ.', ['ORG:Sở Văn hóa - Thể thao Hải Phòng', 'LOC:Hải Phòng']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('1b. organisations whose head is written lowercase', () => {
  it.each([
    ['Đại diện ủy ban Dân tộc cho biết chuyến thăm sẽ diễn ra vào tháng tới.', ['ORG:ủy ban Dân tộc']],
    ['Chị Lan làm kế toán cho công ty Du lịch Lâm Đồng đã năm năm.', ['PER:Lan', 'ORG:công ty Du lịch Lâm Đồng', 'LOC:Lâm Đồng']],
    ['Em Minh vừa đỗ vào trường đại học Bách khoa Đà Nẵng.', ['PER:Minh', 'ORG:trường đại học Bách khoa Đà Nẵng', 'LOC:Đà Nẵng']],
    ['Sáng nay, công an tỉnh Nghệ An đã khởi tố vụ án.', ['ORG:công an tỉnh Nghệ An', 'LOC:tỉnh Nghệ An']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('a lowercase head alone is an ordinary word', () => {
    expect(mentions('Ông mua một bộ bàn ghế và đặt tiệc ở khách sạn gần trung tâm.')).toEqual([]);
  });

  it('a listed body before a country is that country\'s body', () => {
    expect(mentions('Quốc hội Thái Lan sẽ bỏ phiếu vào tuần sau.')).toEqual(['ORG:Quốc hội Thái Lan', 'LOC:Thái Lan']);
  });

  it('an organisation ends before the verb the segmenter glued after it', () => {
    expect(mentions('Ngân hàng Agribank giải ngân thêm 50 tỷ đồng.')).toEqual(['ORG:Ngân hàng Agribank']);
  });
});

describe('2. names not cut at an abbreviation or a dash; every spelling of TP.HCM one place', () => {
  it.each([
    ['Công an TP.HCM đã bắt giữ hai nghi phạm tại quận Bình Thạnh.', ['ORG:Công an TP.HCM', 'LOC:TP.HCM', 'LOC:quận Bình Thạnh']],
    ['Giá nhà ở tp HCM tiếp tục tăng trong quý này.', ['LOC:tp HCM']],
    ['Nhiều người dân Tp.HCM phản ánh tình trạng ngập sau mưa.', ['LOC:Tp.HCM']],
    ['Đoàn công tác đã đến TP. HCM vào sáng thứ hai.', ['LOC:TP. HCM']],
    ['Anh Tuấn chuyển vào tp. HCM lập nghiệp từ năm 2005.', ['PER:Tuấn', 'LOC:tp. HCM']],
    ['Chiều qua, UBND TP. HCM đã làm việc với các quận.', ['ORG:UBND TP. HCM', 'LOC:TP. HCM']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('groups the four spellings of Ho Chi Minh City as one place', () => {
    const text = 'Xe buýt nối TP.HCM với Long An. Người dân Tp.HCM đi lại dễ hơn. Giá vé ở tp HCM giữ nguyên. Sở GTVT TP. HCM cho biết như vậy.';
    const hcm = analyze(text).entities.filter((e) => e.type === 'LOC' && /HCM/u.test(e.text));
    expect(hcm).toHaveLength(1);
    expect(hcm[0]?.mentions.map(([s, t]) => text.slice(s, t))).toEqual(['TP.HCM', 'Tp.HCM', 'tp HCM', 'TP. HCM']);
  });
});

describe('3. places are not persons', () => {
  it.each([
    ['Tàu cá của ngư dân bị mắc cạn gần đảo Hòn Dấu, ngoài khơi Hải Phòng.', ['LOC:đảo Hòn Dấu', 'LOC:Hải Phòng']],
    ['Du lịch tới Địa Trung Hải và Tây Âu hồi phục mạnh, trong khi khách tới châu Phi còn ít.', ['LOC:Địa Trung Hải', 'LOC:Tây Âu', 'LOC:châu Phi']],
    ['Trẻ em Triều Tiên được tiêm vắc xin miễn phí.', ['LOC:Triều Tiên']],
    ['Xe khách lật trên Quốc lộ 14 lúc rạng sáng, hai người bị thương.', ['LOC:Quốc lộ 14']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('4. persons: initials, hyphenated and Korean names, later mentions', () => {
  it.each([
    ['Cựu Tổng thống George W. Bush đã tới thăm Hà Nội năm 2006.', ['PER:George W. Bush', 'LOC:Hà Nội']],
    ['Nhà lãnh đạo Kim Jong-un gặp ông Moon Jae-in tại Bàn Môn Điếm.', ['PER:Kim Jong-un', 'PER:Moon Jae-in', 'LOC:Bàn Môn Điếm']],
    ['HLV Park Hang-seo cho biết đội tuyển Việt Nam đã sẵn sàng.', ['PER:Park Hang-seo', 'LOC:Việt Nam']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('a later mention by the given name alone is the same person', () => {
    const text = 'Ông Trần Văn Cường, giám đốc Công ty Điện lực Thủ Đức, cho biết điện sẽ có lại trong chiều nay. Cường nói việc sửa chữa mất khoảng ba giờ.';
    expect(mentions(text)).toEqual(['PER:Trần Văn Cường', 'ORG:Công ty Điện lực Thủ Đức', 'LOC:Thủ Đức', 'PER:Cường']);
    const person = entityOf(text, 'Trần Văn Cường');
    expect(person?.mentions.map(([s, t]) => text.slice(s, t))).toEqual(['Trần Văn Cường', 'Cường']);
  });

  it('a photo credit in capitals is a person', () => {
    const text = 'Các điểm tiêm mở cửa sớm\n\nSáng nay, các điểm tiêm ở Hà Nội mở cửa sớm hơn thường lệ.\n\nNgười dân xếp hàng chờ tiêm tại trạm y tế (Ảnh: HOÀNG LONG)\n\nTheo Sở Y tế, lượng người đến tiêm tăng gấp đôi.';
    const at = text.indexOf('HOÀNG LONG');
    expect(entityOf(text, 'HOÀNG LONG')?.type).toBe('PER');
    expect(entityOf(text, 'HOÀNG LONG')?.mentions).toEqual([[at, at + 10]]);
  });

  it('a byline author is a person', () => {
    const text = 'Giá rau tăng mạnh sau bão\n\nGiá rau xanh tại các chợ đầu mối tăng gấp đôi so với tuần trước.\n\nBài, ảnh: Thu Hà';
    const at = text.lastIndexOf('Thu Hà');
    const author = entityOf(text, 'Thu Hà');
    expect(author?.type).toBe('PER');
    expect(author?.mentions).toEqual([[at, at + 6]]);
  });
});

describe('5. roles: written after the name, attached to the right person', () => {
  it('a role after a dash', () => {
    const text = 'Ông Lê Minh Hải - giám đốc Sở Y tế Quảng Ngãi - đã chỉ đạo các bệnh viện sẵn sàng.';
    expect(mentions(text)).toEqual(['PER:Lê Minh Hải', 'ORG:Sở Y tế Quảng Ngãi', 'LOC:Quảng Ngãi']);
    expect(entityOf(text, 'Lê Minh Hải')?.roles).toEqual(['giám đốc Sở Y tế Quảng Ngãi']);
  });

  it('a role after a comma', () => {
    const text = 'Ông Trần Văn Cường, giám đốc Công ty Điện lực Thủ Đức, cho biết điện sẽ có lại trong chiều nay.';
    expect(entityOf(text, 'Trần Văn Cường')?.roles).toEqual(['giám đốc Công ty Điện lực Thủ Đức']);
  });

  it('each person keeps their own role', () => {
    const text = 'Thẩm phán Nguyễn Thị Hoa tuyên án bị cáo Phạm Văn Nam 5 năm tù.';
    expect(mentions(text)).toEqual(['PER:Nguyễn Thị Hoa', 'PER:Phạm Văn Nam']);
    expect(entityOf(text, 'Nguyễn Thị Hoa')?.roles).toEqual(['Thẩm phán']);
    expect(entityOf(text, 'Phạm Văn Nam')?.roles).toEqual(['bị cáo']);
  });
});

describe('6. grouping', () => {
  it('merges the spellings of one ministry through their initials', () => {
    const text = 'Bộ NN & PTNT đã họp với các tỉnh. Đại diện Bộ NN - PTNT cho biết Bộ Nông nghiệp và Phát triển nông thôn sẽ hỗ trợ giống.';
    expect(mentions(text)).toEqual(['ORG:Bộ NN & PTNT', 'ORG:Bộ NN - PTNT', 'ORG:Bộ Nông nghiệp và Phát triển nông thôn']);
    const orgs = analyze(text).entities.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => [e.text, e.count])).toEqual([['Bộ Nông nghiệp và Phát triển nông thôn', 3]]);
  });

  it('keeps a generic mention apart from the specific one', () => {
    const text = 'UBND tỉnh An Giang đã họp với các sở. Theo UBND tỉnh, việc này cần làm ngay.';
    const orgs = analyze(text).entities.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => [e.text, e.count])).toEqual([
      ['UBND tỉnh An Giang', 1],
      ['UBND tỉnh', 1],
    ]);
  });
});
