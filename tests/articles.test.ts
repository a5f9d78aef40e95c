// Whole articles written the way other papers lay them out, with every value worked out by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

const read = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');

describe('giao-thong-tphcm.txt: weekday dateline, byline without a label, related-news trailer', () => {
  const a = analyze(read('giao-thong-tphcm.txt'));

  it('finds the parts', () => {
    expect(a.article.dateline).toEqual({ text: 'Thứ Hai, 4/12/2023, 18:30 (GMT+7)', value: '2023-12-04T18:30' });
    expect(a.article.title).toBe('TP.HCM đề xuất đầu tư 12.500 tỷ đồng làm đường Vành đai 3');
    expect(a.article.byline).toEqual({ text: 'Minh Quân', authors: ['Minh Quân'] });
    expect(a.article.trailer).toBe('Tin liên quan\nKhởi công dự án Vành đai 3 TP.HCM\nĐồng Nai bàn giao mặt bằng đường Vành đai 3');
    expect(a.article.paragraphs).toBe(4);
  });

  it('reads every quantity, and the road name Vành đai 3 is not one', () => {
    expect(a.numbers.map((n) => [n.text, n.value, n.unit, n.qualifier, n.kind])).toEqual([
      ['12.500 tỷ', 12_500_000_000_000, 'đồng', null, 'money'],
      ['47,5', 47.5, 'km', null, 'measure'],
      ['12.500 tỷ', 12_500_000_000_000, 'đồng', 'khoảng', 'money'],
      ['4', 4, 'làn xe', null, 'count'],
      ['80', 80, 'km/h', null, 'measure'],
      ['250', 250, 'ha', 'gần', 'measure'],
      ['1.800', 1800, 'hộ dân', 'khoảng', 'count'],
      ['70%', 70, '%', null, 'percent'],
      ['95%', 95, '%', 'ít nhất', 'percent'],
      ['76,34', 76.34, 'km', null, 'measure'],
      ['75.000 tỷ', 75_000_000_000_000, 'đồng', 'hơn', 'money'],
    ]);
  });

  it('resolves dates without a year against the dateline', () => {
    expect(a.dates.map((d) => [d.text, d.kind, d.value])).toEqual([
      ['Thứ Hai, 4/12/2023, 18:30 (GMT+7)', 'datetime', '2023-12-04T18:30'],
      ['quý I/2024', 'quarter', '2024-Q1'],
      ['ngày 1/12', 'date', '2023-12-01'],
      ['cuối năm', 'relative', '2023'],
      ['ngày 30/6/2024', 'date', '2024-06-30'],
      ['sáng 2/12', 'date', '2023-12-02'],
      ['năm 2023', 'year', '2023'],
      ['tháng 6/2022', 'month', '2022-06'],
    ]);
  });

  it('names the people with their roles, and the places', () => {
    const people = a.entities.filter((e) => e.type === 'PER').map((e) => [e.text, e.roles]);
    expect(people).toEqual([
      ['Bùi Xuân Cường', ['Phó Chủ tịch UBND TP.HCM']],
      ['Lương Minh Phúc', ['Giám đốc']],
      ['Phạm Minh Chính', ['Thủ tướng']],
      ['Minh Quân', []],
    ]);
    const places = a.entities.filter((e) => e.type === 'LOC').map((e) => e.text);
    // The ring road is a named road, a place by the annotation guide (`đường Trương Định`); a
    // numbered road is read by its unit word (`Vành đai 3`, `quốc lộ 1A`), `đoạn` (a section) is
    // no part of it. The title's `đường Vành đai` still leaves its number out (a known miss).
    expect(places).toEqual(['TP.HCM', 'đường Vành đai', 'Vành đai 3', 'TP Thủ Đức', 'huyện Hóc Môn', 'huyện Củ Chi', 'tỉnh Bình Dương', 'Đồng Nai', 'Long An']);
  });

  it('learns GTVT from the text and knows TP.HCM and UBND', () => {
    expect(a.abbreviations.map((x) => [x.short, x.expansion, x.source, x.count])).toEqual([
      ['TP.HCM', 'Thành phố Hồ Chí Minh', 'builtin', 6],
      ['UBND', 'Ủy ban nhân dân', 'builtin', 2],
      ['GTVT', 'Giao thông vận tải', 'inline', 1],
      ['TP', 'thành phố', 'builtin', 1],
    ]);
  });
});

describe('y-te-sot-xuat-huyet.txt: no dateline, agency prefix, credited caption, capitalised byline, tags', () => {
  const a = analyze(read('y-te-sot-xuat-huyet.txt'));

  it('finds the parts', () => {
    expect(a.article.dateline).toBeNull();
    expect(a.article.title).toBe('Sốt xuất huyết tăng mạnh, Hà Nội ghi nhận hơn 1.200 ca mắc trong tuần');
    expect(a.article.lead?.startsWith('TTO - Theo Sở Y tế Hà Nội')).toBe(true);
    expect(a.article.captions).toEqual(['Bệnh nhân điều trị sốt xuất huyết tại Bệnh viện Bệnh Nhiệt đới Trung ương cơ sở 2 - Ảnh: NAM TRẦN']);
    expect(a.article.byline).toEqual({ text: 'THANH HÀ', authors: ['THANH HÀ'] });
    expect(a.article.trailer).toBe('Tags: sốt xuất huyết, Sở Y tế Hà Nội, CDC Hà Nội');
    expect(a.article.paragraphs).toBe(4);
  });

  it('reads the case counts; `cơ sở 2` names a site', () => {
    expect(a.numbers.map((n) => [n.text, n.value, n.valueTo ?? null, n.unit, n.qualifier])).toEqual([
      ['1.200', 1200, null, 'ca', 'hơn'],
      ['1.286', 1286, null, 'ca', null],
      ['28%', 28, null, '%', null],
      ['11.054', 11054, null, 'ca', null],
      ['1', 1, null, 'trường hợp', null],
      ['154', 154, null, 'ca', null],
      ['127', 127, null, 'ca', null],
      ['114', 114, null, 'ca', null],
      ['40', 40, 50, 'ca', null],
      ['50', 50, null, 'ca', null],
    ]);
  });

  it('leaves years unknown without a dateline', () => {
    expect(a.dates.map((d) => [d.text, d.kind, d.value])).toEqual([
      ['từ 18-24/9', 'range', 'XXXX-09-18/XXXX-09-24'],
      ['tuần trước', 'relative', 'XXXX-WXX'],
      ['từ đầu năm 2023 đến nay', 'range', '2023/PRESENT_REF'],
      ['2 tuần nay', 'duration', 'P2W'],
      ['7 ngày', 'duration', 'P7D'],
      ['tháng 10', 'month', 'XXXX-10'],
      ['tháng 11', 'month', 'XXXX-11'],
    ]);
  });

  it('knows the paper prefix TTO and learns CDC from the text', () => {
    expect(a.abbreviations.map((x) => [x.short, x.expansion, x.source])).toEqual([
      ['TTO', 'Tuổi Trẻ Online', 'builtin'],
      ['PGS.TS', 'phó giáo sư, tiến sĩ', 'builtin'],
      ['CDC', 'Trung tâm Kiểm soát bệnh tật', 'inline'],
    ]);
  });

  it('finds the doctor with his titles and the districts', () => {
    const doctor = a.entities.find((e) => e.type === 'PER' && e.text === 'Đỗ Duy Cường');
    expect([doctor?.count, doctor?.roles?.[0]]).toEqual([2, 'PGS.TS']);
    expect(a.entities.filter((e) => e.type === 'LOC').map((e) => e.text)).toEqual(['Hà Nội', 'quận Hoàng Mai', 'huyện Đan Phượng', 'quận Hà Đông']);
    expect(a.entities.find((e) => e.type === 'MISC')?.text).toBe('Sốt xuất huyết');
  });
});
