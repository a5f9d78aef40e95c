// Markdown renderer: exact report for a small case, cells escaped so GFM tables keep their shape.
import { describe, expect, it } from 'vitest';
import { escapeCell, escapeInline, renderMarkdown } from '../src/render/markdown.js';
import { RANGE_TEXT, canThoAnalysis, emptyAnalysis, rangeAnalysis, smallAnalysis } from './render-sample.js';

/** Cells of a GFM table row, split on `|` that is not backslash-escaped (as GitHub does). */
function cellsOf(row: string): string[] {
  expect(row.startsWith('| ') && row.endsWith(' |')).toBe(true);
  return row.slice(2, -2).split(/(?<!\\) \| /u);
}

describe('renderMarkdown', () => {
  it('renders a small analysis exactly', () => {
    expect(renderMarkdown(smallAnalysis())).toBe(
      [
        '# Hà Nội mưa lớn, nhiều tuyến phố ngập',
        '',
        '- **Source:** mua-lon.txt',
        '- **Dateline:** 25/07/2024 - 18:30 (2024-07-25T18:30)',
        '- **Byline:** Bài, ảnh: Minh Anh (by Minh Anh)',
        '- **Stats:** 420 characters, 96 syllables, 71 words, 5 sentences, 2 paragraphs',
        '',
        '## Abbreviations (1)',
        '',
        '| Short | Expansion | Source | Count | First | Defined |',
        '| --- | --- | --- | ---: | ---: | ---: |',
        '| UBND | Ủy ban nhân dân | builtin | 2 | 190 | - |',
        '',
        '## Entities (3)',
        '',
        '### PER: people (1 name, 1 mention)',
        '',
        '| Name | Count | Roles / forms |',
        '| --- | ---: | --- |',
        '| Nguyễn Văn Hùng | 1 | Phó Chủ tịch UBND quận Hoàn Kiếm |',
        '',
        '### ORG: organisations (1 name, 1 mention)',
        '',
        '| Name | Count | Roles / forms |',
        '| --- | ---: | --- |',
        '| UBND quận Hoàn Kiếm | 1 |  |',
        '',
        '### LOC: places (1 name, 3 mentions)',
        '',
        '| Name | Count | Roles / forms |',
        '| --- | ---: | --- |',
        '| Hà Nội | 3 | “thành phố Hà Nội” |',
        '',
        '## Numbers (2)',
        '',
        '| Text | Value | Unit | Qualifier | Kind |',
        '| --- | ---: | --- | --- | --- |',
        '| 3,2 tỷ | 3.200.000.000 | đồng | gần | money |',
        '| 50 | 50–70 | mm |  | measure |',
        '',
        '## Dates (1)',
        '',
        '| Text | Kind | Value |',
        '| --- | --- | --- |',
        '| 25/7 | date | 2024-07-25 |',
        '',
      ].join('\n'),
    );
  });

  it('names standard input and the line when there is no title, and says _None._ for empty sections', () => {
    expect(renderMarkdown(emptyAnalysis())).toBe(
      [
        '# standard input, line 3',
        '',
        '- **Source:** - (line 3)',
        '- **Stats:** 12 characters, 3 syllables, 2 words, 1 sentence, 1 paragraph',
        '',
        '## Abbreviations (0)',
        '',
        '_None._',
        '',
        '## Entities (0)',
        '',
        '_None._',
        '',
        '## Numbers (0)',
        '',
        '_None._',
        '',
        '## Dates (0)',
        '',
        '_None._',
        '',
      ].join('\n'),
    );
  });

  it('reports the fixture with its values', () => {
    const out = renderMarkdown(canThoAnalysis());
    expect(out.startsWith('# Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng\n')).toBe(true);
    expect(out).toContain('- **Dateline:** 03/12/2023 - 07:09 (2023-12-03T07:09)\n');
    expect(out).toContain('- **Byline:** Bài, ảnh: Kiến Quốc (by Kiến Quốc)\n');
    expect(out).toContain('| NLĐ | người lao động | inline | 8 | 409 | 393 |\n');
    expect(out).toContain('| 19.700 | 19.700 | cuộc | hơn | count |\n');
    expect(out).toContain('### MISC: other names (3 names, 3 mentions)\n');
    expect(out).toContain('| Lắng nghe - Thấu hiểu - Chia sẻ | 1 |  |\n');
  });

  it('keeps every table row at its column count when cells hold |, newlines and Markdown', () => {
    const a = smallAnalysis();
    a.entities.push({ text: 'Công ty A | B\nChi nhánh *Hà Nội*', type: 'ORG', count: 1, mentions: [[400, 430]] });
    a.numbers[0]!.unit = 'đồng|năm';
    a.dates[0]!.text = '25/7\r\n|';
    const out = renderMarkdown(a);
    expect(out).toContain('| Công ty A \\| B<br>Chi nhánh \\*Hà Nội\\* | 1 |  |\n');
    expect(out).toContain('| 3,2 tỷ | 3.200.000.000 | đồng\\|năm | gần | money |\n');
    expect(out).toContain('| 25/7<br>\\| | date | 2024-07-25 |\n');
    // Every row has as many cells as its table's header (the line above the `| --- |` rule).
    const lines = out.split('\n');
    let tables = 0;
    lines.forEach((line, i) => {
      if (!line.startsWith('| ---')) return;
      tables++;
      const width = cellsOf(lines[i - 1] ?? '').length;
      for (let k = i + 1; lines[k]?.startsWith('| '); k++) expect(cellsOf(lines[k] ?? '')).toHaveLength(width);
    });
    expect(tables).toBe(6);
  });

  it('escapes Markdown in the title and header list; controls are visible, never raw', () => {
    const a = smallAnalysis();
    a.article.title = '# Giá vàng [tăng] <b>mạnh</b> & `nhanh` ~5$\u001b[31m';
    a.article.byline = { text: 'Nhóm_PV', authors: ['A*B'] };
    const out = renderMarkdown(a);
    // `#` inside a heading's text is text; only inline markers are escaped.
    expect(out.split('\n')[0]).toBe('# # Giá vàng \\[tăng\\] \\<b\\>mạnh\\</b\\> \\& \\`nhanh\\` \\~5\\$␛\\[31m');
    expect(out).toContain('- **Byline:** Nhóm\\_PV (by A\\*B)\n');
    expect(out.includes('\u001b')).toBe(false);
  });
});

describe('escapeCell', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['a\\|b', 'a\\\\\\|b'],
    ['dòng một\ndòng hai', 'dòng một<br>dòng hai'],
    ['dòng một\r\n\r\ndòng ba', 'dòng một<br><br>dòng ba'],
    ['  Cần   Thơ  ', 'Cần Thơ'],
    ['-5', '-5'],
    ['=SUM(A1)', '=SUM(A1)'],
    ['', ''],
    [null, ''],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeCell(text)).toBe(expected);
  });
});

describe('escapeInline', () => {
  it.each([
    ['COVID-19', 'COVID-19'],
    ['"Tháng Công nhân"', '"Tháng Công nhân"'],
    ['x_y*z', 'x\\_y\\*z'],
    ['a\tb\nc', 'a b c'],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeInline(text)).toBe(expected);
  });
});

describe('renderMarkdown: a number range', () => {
  const numbersSection = (md: string) => md.slice(md.indexOf('## Numbers'), md.indexOf('## Dates')).trimEnd().split('\n');
  it('is one row with both values; with the text, the whole range\'s text', () => {
    expect(numbersSection(renderMarkdown(rangeAnalysis(), RANGE_TEXT))).toEqual([
      '## Numbers (2)',
      '',
      '| Text | Value | Unit | Qualifier | Kind |',
      '| --- | ---: | --- | --- | --- |',
      '| 10-15 tỷ | 10.000.000.000–15.000.000.000 | đồng |  | money |',
      '| 150 đến 200 | 150–200 | tấn |  | measure |',
    ]);
  });
  it('without the text, the first end\'s text', () => {
    expect(numbersSection(renderMarkdown(rangeAnalysis())).slice(4)).toEqual([
      '| 10 | 10.000.000.000–15.000.000.000 | đồng |  | money |',
      '| 150 | 150–200 | tấn |  | measure |',
    ]);
  });
});
