import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

describe('analyze: the pipeline settles overlaps between extractors', () => {
  it.each([
    // The date owns its digits: no number 5, 25 or 2.
    ['Trong 5 năm qua, hơn 300 người đã tham gia.', [[300, 'người']], ['5 năm qua']],
    ['Lúc 18h30 ngày 25/2, khoảng 1.200 người có mặt.', [[1200, 'người']], ['18h30 ngày 25/2']],
    ['Năm 2019, doanh thu đạt 3,2 tỷ đồng.', [[3_200_000_000, 'đồng']], ['Năm 2019']],
  ])('%s', (text, numbers, dates) => {
    const a = analyze(text);
    expect(a.numbers.map((n) => [n.value, n.unit])).toEqual(numbers);
    expect(a.dates.map((d) => d.text)).toEqual(dates);
  });

  it('gives NFD input exactly the NFC result', () => {
    const text = 'Sáng 3/12, UBND TP Cần Thơ tổ chức hội nghị với hơn 500 đại biểu.';
    expect(analyze(text.normalize('NFD'))).toEqual(analyze(text));
  });
});
