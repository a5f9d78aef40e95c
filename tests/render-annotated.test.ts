// The annotated view: the text with every finding marked in place; brackets without colour,
// colour (and exactly the text once the colour codes are taken out) with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAnnotated } from '../src/render/annotated.js';
import { collectMarks, nestMarks, type Mark } from '../src/render/marks.js';
import type { Analysis } from '../src/types.js';
import { canThoAnalysis, emptyAnalysis } from './render-sample.js';

const ESC = '\u001b';
// SGR sequences as chalk writes them. Example: `\u001b[1m…\u001b[22m`.
const SGR = /\u001b\[[0-9;]*m/gu;
const text = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8');

describe('renderAnnotated on fixtures/can-tho-cong-doan.txt', () => {
  it('marks every finding with a bracket and its label, colour off', () => {
    expect(renderAnnotated(canThoAnalysis(), text, { color: false }).split('\n')).toEqual([
      'fixtures/can-tho-cong-doan.txt',
      'Marks: PER person · ORG organisation · LOC place · MISC other name · NUM number · DATE date · ABBR abbreviation',
      '',
      '[DATE 03/12/2023 - 07:09]',
      '',
      'Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng ',
      '',
      'Các cấp công đoàn ([ABBR CĐ]) [LOC [ABBR TP] Cần Thơ] đã triển khai nhiều hoạt động thiết thực, tích cực tham gia đấu tranh, tuyên truyền, phản bác các quan điểm sai trái, những thông tin xấu, độc trên mạng xã hội. Qua đó, góp phần bảo vệ nền tảng tư tưởng của Đảng, định hướng thông tin chính thống cho lực lượng đoàn viên ([ABBR ĐV]), người lao động ([ABBR NLĐ]).',
      '',
      'Lãnh đạo [ORG [ABBR LĐLĐ] [LOC [ABBR TP] Cần Thơ]] và [ORG [ABBR LĐLĐ] [LOC quận Thốt Nốt]] thăm hỏi tình hình đời sống công nhân, lao động.',
      '',
      'Theo bà [PER Lê Thị Sương Mai], Chủ tịch [ORG [ABBR LĐLĐ] [LOC [ABBR TP] Cần Thơ]], Ban Thường vụ [ORG [ABBR LĐLĐ] [LOC [ABBR TP] Cần Thơ]] luôn quan tâm nâng cao chất lượng công tác tuyên truyền, vận động; chỉ đạo các cấp [ABBR CĐ] thành phố triển khai, quán triệt, học tập kịp thời, đầy đủ chỉ thị, nghị quyết của Đảng, chính sách và pháp luật của Nhà nước; thực hiện đồng bộ công tác tuyên truyền, vận động phù hợp với từng nhóm đối tượng, địa phương, đơn vị, doanh nghiệp. ',
      '',
      'Hiện nay, các cấp [ABBR CĐ] thành phố đều ứng dụng công nghệ thông tin, sử dụng mạng xã hội để phục vụ công tác tuyên truyền; quan tâm xây dựng đội ngũ báo cáo viên, tuyên truyền viên, cộng tác viên dư luận xã hội có khả năng tuyên truyền, vận động, nắm bắt tình hình dư luận trong [ABBR ĐV], [ABBR NLĐ]. Trong [DATE 5 năm qua], các cấp [ABBR CĐ] thành phố đã tổ chức hơn [NUM 19.700] cuộc triển khai tuyên truyền, phổ biến các chỉ thị, nghị quyết của Đảng, chính sách và pháp luật của Nhà nước, nhiệm vụ của tổ chức [ABBR CĐ] đến hơn [NUM 1.850.000] lượt [ABBR ĐV], [ABBR NLĐ]. Đồng thời, thành lập [NUM 120] nhóm truyền thông ứng dụng hiệu quả các nền tảng mạng xã hội để truyền tải thông tin và tăng cường tương tác, chia sẻ và tạo sự gắn kết chặt chẽ giữa [ABBR ĐV], [ABBR NLĐ] với tổ chức [ABBR CĐ].',
      '',
      'Đặc biệt, trong bối cảnh dịch [MISC COVID-19] diễn biến phức tạp, các cấp [ABBR CĐ] đã tổ chức hơn [NUM 9.900] cuộc tuyên truyền, vận động, tổ chức [NUM 15] cuộc thi, Hội thi bằng hình thức trực tiếp và trực tuyến, thu hút đông đảo công chức, viên chức, [ABBR NLĐ] tham gia... Bên cạnh đó, cùng chính quyền các cấp và doanh nghiệp, các cấp [ABBR CĐ] thành phố đã tổ chức thực hiện hiệu quả các hoạt động chăm lo lợi ích vật chất, tinh thần và bảo vệ quyền, lợi ích hợp pháp, chính đáng cho [ABBR ĐV], [ABBR NLĐ]. Điển hình như hoạt động "[MISC Tháng Công nhân]", chương trình "[MISC Lắng nghe - Thấu hiểu - Chia sẻ]", "Cảm ơn [ABBR NLĐ]", "Ngày hội việc làm"... ',
      '',
      'Thông qua những kết quả đạt được, tạo sự chuyển biến trong nhận thức và hành động của [ABBR ĐV], [ABBR NLĐ]; góp phần xây dựng giai cấp công nhân hiện đại, lớn mạnh, tham gia xây dựng Đảng, chính quyền, hệ thống chính trị thành phố trong sạch, vững mạnh.',
      '',
      'Bài, ảnh: [PER Kiến Quốc]',
      '',
      'Chia sẻ bài viết',
      '',
    ]);
  });

  it('colours the findings in place, colour on, and is the text itself without the codes', () => {
    const out = renderAnnotated(canThoAnalysis(), text, { color: true });
    const lines = out.split('\n');
    expect(lines[3]).toBe(`${ESC}[31m${ESC}[1m03/12/2023 - 07:09${ESC}[39m${ESC}[22m`);
    // ORG (cyan) holds an underlined abbreviation and a LOC (green) holding another; the outer
    // colour comes back after the inner one ends.
    expect(lines[9]).toBe(
      `Lãnh đạo ${ESC}[36m${ESC}[4mLĐLĐ${ESC}[24m ${ESC}[32m${ESC}[4mTP${ESC}[24m Cần Thơ${ESC}[36m${ESC}[39m và `
      + `${ESC}[36m${ESC}[4mLĐLĐ${ESC}[24m ${ESC}[32mquận Thốt Nốt${ESC}[36m${ESC}[39m thăm hỏi tình hình đời sống công nhân, lao động.`,
    );
    expect(lines[11]).toContain(`Theo bà ${ESC}[35mLê Thị Sương Mai${ESC}[39m, Chủ tịch`);
    expect(lines[13]).toContain(`hơn ${ESC}[34m${ESC}[1m19.700${ESC}[39m${ESC}[22m cuộc`);
    const [head, body] = [lines.slice(0, 3).join('\n'), lines.slice(3).join('\n')];
    expect(head.replace(SGR, '')).toBe(
      'fixtures/can-tho-cong-doan.txt\nMarks: PER person · ORG organisation · LOC place · MISC other name · NUM number · DATE date · ABBR abbreviation\n',
    );
    expect(body.replace(SGR, '')).toBe(`${text}\n`);
  });
});

function marked(t: string, marks: [number, number, 'PER' | 'LOC' | 'NUM'][]): Analysis {
  const a = emptyAnalysis();
  for (const [start, end, kind] of marks) {
    if (kind === 'NUM') a.numbers.push({ text: t.slice(start, end), start, end, value: 1, unit: null, qualifier: null, kind: 'plain' });
    else a.entities.push({ text: t.slice(start, end), type: kind, count: 1, mentions: [[start, end]] });
  }
  return a;
}

describe('renderAnnotated on odd input', () => {
  it('shows control characters and bidi overrides as visible characters, never raw', () => {
    const t = 'Tin \u001b[31mđỏ\u001b[0m\u202e ở Hà Nội\u0007';
    const out = renderAnnotated(marked(t, [[t.indexOf('Hà'), t.indexOf('Hà') + 6, 'LOC']]), t, { color: false });
    expect(out).toBe('-:3\nMarks: PER person · ORG organisation · LOC place · MISC other name · NUM number · DATE date · ABBR abbreviation\n\nTin ␛[31mđỏ␛[0m\ufffd ở [LOC Hà Nội]␇\n');
    expect(out.includes(ESC)).toBe(false);
  });

  it('ends every colour at a line break and starts it again on the next line', () => {
    const t = 'Ủy ban\nnhân dân';
    const out = renderAnnotated(marked(t, [[0, t.length, 'LOC']]), t, { color: true });
    expect(out.split('\n').slice(3)).toEqual([`${ESC}[32mỦy ban${ESC}[0m`, `${ESC}[32mnhân dân${ESC}[39m`, '']);
  });

  it('cuts a finding that crosses another where the outer one ends, keeping both labels', () => {
    // `Hà Nội 2024`: a place [0, 6) and a number [3, 11) that overlap without nesting.
    const t = 'Hà Nội 2024';
    const out = renderAnnotated(marked(t, [[0, 6, 'LOC'], [3, 11, 'NUM']]), t, { color: false });
    expect(out.split('\n')[3]).toBe('[LOC Hà [NUM Nội]][NUM  2024]');
  });

  it('nests 100 000 marks and marks a 5 MB line without running out of stack or time', () => {
    const deep = 'x'.repeat(200_000);
    const a = emptyAnalysis();
    a.entities.push({ text: 'x', type: 'MISC', count: 100_000, mentions: Array.from({ length: 100_000 }, (_, i) => [i, deep.length - i] as [number, number]) });
    const legend = 'Marks: PER person · ORG organisation · LOC place · MISC other name · NUM number · DATE date · ABBR abbreviation';
    expect(renderAnnotated(a, deep, { color: false })).toBe(
      // Mark i covers [i, 200 000 - i): the innermost holds the two middle characters.
      `-:3\n${legend}\n\n${'[MISC x'.repeat(100_000)}x${']x'.repeat(99_999)}]\n`,
    );
    const long = 'a '.repeat(2_500_000);
    const b = marked(long, [[0, 1, 'PER'], [long.length - 2, long.length - 1, 'PER']]);
    const out = renderAnnotated(b, long, { color: true });
    expect(out.replace(SGR, '').endsWith(`${long}\n`)).toBe(true);
  });
});

describe('nestMarks', () => {
  const mark = (start: number, end: number, kind: Mark['kind'] = 'entity'): Mark => ({ start, end, kind, ref: 0, mention: 0 });
  it('puts equal spans with the entity outside, clips to the range, and cuts crossings', () => {
    const roots = nestMarks([mark(0, 4, 'entity'), mark(0, 4, 'abbreviation'), mark(2, 8, 'number'), mark(9, 20, 'date')].sort((x, y) => x.start - y.start || y.end - x.end), 0, 12);
    const shape = (nodes: ReturnType<typeof nestMarks>): unknown[] => nodes.map((n) => [n.mark.kind, n.start, n.end, n.head, shape(n.children)]);
    expect(shape(roots)).toEqual([
      ['entity', 0, 4, true, [['abbreviation', 0, 4, true, [['number', 2, 4, true, []]]]]],
      ['number', 4, 8, false, []],
      ['date', 9, 12, true, []],
    ]);
  });

  it('lists marks in reading order from an analysis, dropping empty or broken spans', () => {
    const a = emptyAnalysis();
    a.numbers.push({ text: '5', start: 4, end: 5, value: 5, unit: null, qualifier: null, kind: 'plain' });
    a.numbers.push({ text: '', start: 7, end: 7, value: 0, unit: null, qualifier: null, kind: 'plain' });
    a.entities.push({ text: 'Hà', type: 'LOC', count: 2, mentions: [[4, 6], [0, 2]] });
    expect(collectMarks(a).map((m) => [m.kind, m.start, m.end, m.mention])).toEqual([
      ['entity', 0, 2, 1], ['entity', 4, 6, 0], ['number', 4, 5, 0],
    ]);
  });
});
