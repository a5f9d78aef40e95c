// Table renderer: exact layout for a small case, colour only when asked, width kept on long text.
import { describe, expect, it } from 'vitest';
import { groupEntities } from '../src/render/entity-groups.js';
import { fitColumns, renderTable } from '../src/render/table.js';
import { cleanInline, clipInline, displayWidth, formatViNumber, truncate, wrap } from '../src/render/text.js';
import { canThoAnalysis, emptyAnalysis, smallAnalysis } from './render-sample.js';

const ESC = '\u001b';
// SGR sequences as chalk writes them. Example: `\u001b[1m…\u001b[22m`.
const SGR = /\u001b\[[0-9;]*m/gu;

function widest(text: string): number {
  return Math.max(...text.split('\n').map(displayWidth));
}

describe('renderTable', () => {
  it('renders a small analysis exactly, colour off (offsets, no context: no text given)', () => {
    expect(renderTable(smallAnalysis(), { color: false }).split('\n')).toEqual([
      'mua-lon.txt',
      'Title     Hà Nội mưa lớn, nhiều tuyến phố ngập',
      'Dateline  25/07/2024 - 18:30 (2024-07-25T18:30)',
      'Lead      Chiều 25/7, mưa lớn khiến nhiều tuyến phố ở thành phố Hà Nội ngập sâu.',
      'Captions  0',
      'Byline    Bài, ảnh: Minh Anh (by Minh Anh)',
      'Stats     420 characters, 96 syllables, 71 words, 5 sentences, 2 paragraphs',
      '',
      'Abbreviations (1)',
      '┌───────┬─────────────────┬─────────┬───────┬───────┬─────────┐',
      '│ Short │ Expansion       │ Source  │ Count │ First │ Defined │',
      '├───────┼─────────────────┼─────────┼───────┼───────┼─────────┤',
      '│ UBND  │ Ủy ban nhân dân │ builtin │     2 │   190 │       - │',
      '└───────┴─────────────────┴─────────┴───────┴───────┴─────────┘',
      '',
      'Entities (3)',
      'PER people · 1 name, 1 mention',
      '┌─────────────────┬───────┬───────┬──────────────────────────────────┐',
      '│ Name            │ Count │ First │ Roles / forms                    │',
      '├─────────────────┼───────┼───────┼──────────────────────────────────┤',
      '│ Nguyễn Văn Hùng │     1 │   230 │ Phó Chủ tịch UBND quận Hoàn Kiếm │',
      '└─────────────────┴───────┴───────┴──────────────────────────────────┘',
      'ORG organisations · 1 name, 1 mention',
      '┌─────────────────────┬───────┬───────┬───────────────┐',
      '│ Name                │ Count │ First │ Roles / forms │',
      '├─────────────────────┼───────┼───────┼───────────────┤',
      '│ UBND quận Hoàn Kiếm │     1 │   260 │               │',
      '└─────────────────────┴───────┴───────┴───────────────┘',
      'LOC places · 1 name, 3 mentions',
      '┌────────┬───────┬───────┬────────────────────┐',
      '│ Name   │ Count │ First │ Roles / forms      │',
      '├────────┼───────┼───────┼────────────────────┤',
      '│ Hà Nội │     3 │    20 │ “thành phố Hà Nội” │',
      '└────────┴───────┴───────┴────────────────────┘',
      '',
      'Numbers (2)',
      '┌────────┬───────────────────┬──────┬─────────┬───────┐',
      '│ Text   │             Value │ Unit │ Kind    │ Count │',
      '├────────┼───────────────────┼──────┼─────────┼───────┤',
      '│ 3,2 tỷ │ gần 3.200.000.000 │ đồng │ money   │     1 │',
      '│ 50     │             50–70 │ mm   │ measure │     1 │',
      '└────────┴───────────────────┴──────┴─────────┴───────┘',
      '',
      'Dates (1)',
      '┌──────┬──────┬────────────┬───────┐',
      '│ Text │ Kind │ Value      │ Count │',
      '├──────┼──────┼────────────┼───────┤',
      '│ 25/7 │ date │ 2024-07-25 │     1 │',
      '└──────┴──────┴────────────┴───────┘',
      '',
    ]);
  });

  it('prints a short (none) line, not an empty table, for empty sections and missing parts', () => {
    expect(renderTable(emptyAnalysis(), { color: false })).toBe(
      [
        '-:3',
        'Title     (none)',
        'Dateline  (none)',
        'Lead      (none)',
        'Captions  0',
        'Byline    (none)',
        'Stats     12 characters, 3 syllables, 2 words, 1 sentence, 1 paragraph',
        '',
        'Abbreviations (0)',
        '(none)',
        '',
        'Entities (0)',
        '(none)',
        '',
        'Numbers (0)',
        '(none)',
        '',
        'Dates (0)',
        '(none)',
        '',
      ].join('\n'),
    );
  });

  it('shows the fixture with the values a reader expects', () => {
    const out = renderTable(canThoAnalysis(), { color: false, width: 100 });
    expect(out).toContain('Title     Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng\n');
    expect(out).toContain('Dateline  03/12/2023 - 07:09 (2023-12-03T07:09)\n');
    expect(out).toContain('Byline    Bài, ảnh: Kiến Quốc (by Kiến Quốc)\n');
    expect(out).toContain('│ NLĐ   │ người lao động     │ inline  │     8 │   409 │     393 │');
    expect(out).toContain('│ 1.850.000 │ hơn 1.850.000 │ lượt │ count │     1 │');
    expect(out).toContain('PER people · 2 names, 2 mentions\n');
    expect(out).toContain('LOC places · 2 names, 5 mentions\n');
    expect(out).toContain('MISC other names · 3 names, 3 mentions\n');
    // Sections in order; entity types in the order PER, ORG, LOC, MISC.
    const positions = ['Abbreviations (5)', 'Entities (9)', 'PER people', 'ORG organisations', 'LOC places',
      'MISC other', 'Numbers (5)', 'Dates (2)'].map((s) => out.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });

  it('has no ESC byte with colour off, and colour codes with colour on that strip to the same text', () => {
    const plain = renderTable(canThoAnalysis(), { color: false });
    const coloured = renderTable(canThoAnalysis(), { color: true });
    expect(plain.includes(ESC)).toBe(false);
    expect(coloured.includes(ESC)).toBe(true);
    expect(coloured).toContain(`${ESC}[1mAbbreviations (5)${ESC}[22m`);
    expect(coloured.replace(SGR, '')).toBe(plain);
  });

  it('shows escape sequences inside the text as visible pictures, never raw', () => {
    const a = smallAnalysis();
    a.article.title = '\u001b[31mTin đỏ\u001b[0m\u009b2J';
    a.entities[0]!.text = 'Hà\u001b]0;x\u0007Nội';
    a.entities[0]!.canonical = undefined;
    const out = renderTable(a, { color: false });
    expect(out.includes(ESC)).toBe(false);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    expect(out).toContain('Title     ␛[31mTin đỏ␛[0m\ufffd2J\n');
    expect(out).toContain('Hà␛]0;x␇Nội');
  });

  it.each([40, 60, 80, 120])('keeps a 5 000-character title and long cells within %i columns', (width) => {
    const a = canThoAnalysis();
    a.article.title = 'Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng '.repeat(90).slice(0, 5000);
    a.article.byline = { text: 'Bài, ảnh: '.concat('X'.repeat(5000)), authors: ['X'.repeat(5000)] };
    a.numbers.push({ text: '9'.repeat(100_000), start: 0, end: 100_000, value: Infinity, unit: null, qualifier: null, kind: 'plain' });
    a.entities.push({ text: 'Lắng nghe - Thấu hiểu - Chia sẻ '.repeat(200), type: 'MISC', count: 1, mentions: [[0, 6400]] });
    for (const color of [false, true]) {
      const out = renderTable(a, { color, width });
      expect(widest(out.replace(SGR, ''))).toBeLessThanOrEqual(width);
      // The title is cut, not printed whole: at most 400 characters over a few lines.
      expect(out).toContain('…');
      expect(out.split('\n').length).toBeLessThan(400);
    }
  });

  it('wraps an entity type heading wider than the terminal', () => {
    const a = emptyAnalysis();
    a.entities.push({ text: 'COVID-19', type: 'MISC', count: 123_456_789, mentions: [[0, 8]] });
    const out = renderTable(a, { color: false, width: 40 });
    expect(out).toContain('\nMISC other names · 1 name, 123456789\nmentions\n┌');
    expect(widest(out)).toBeLessThanOrEqual(40);
  });

  it('lays out for 80 columns without a width, and never narrower than 40', () => {
    const a = canThoAnalysis();
    a.article.title = 'x'.repeat(300);
    expect(widest(renderTable(a, { color: false }))).toBe(80);
    expect(widest(renderTable(a, { color: false, width: 10 }))).toBe(40);
    for (const width of [0, Number.NaN, Number.POSITIVE_INFINITY, -5]) {
      expect(widest(renderTable(a, { color: false, width }))).toBe(80);
    }
  });

  it('shows the first 500 rows of a long section and says how many more there are', () => {
    const a = emptyAnalysis();
    for (let i = 0; i < 620; i++) {
      a.numbers.push({ text: String(i), start: i, end: i + 1, value: i, unit: 'người', qualifier: null, kind: 'count' });
    }
    const out = renderTable(a, { color: false });
    expect(out).toContain('│ 499  │   499 │ người │ count │     1 │\n└');
    expect(out).not.toContain('│ 500  │');
    expect(out).toContain('… 120 more rows not shown (json, ndjson and csv list them all)\n');
  });

  it('writes an ambiguous abbreviation\'s candidates and an unknown one as ?', () => {
    const a = emptyAnalysis();
    a.abbreviations.push(
      { short: 'HĐND', expansion: 'Hội đồng nhân dân', source: 'builtin', count: 1, first: 0, definedAt: null, mentions: [[0, 4]] },
      { short: 'CT', expansion: null, source: 'unknown', count: 2, first: 10, definedAt: null, mentions: [[10, 12], [20, 22]], candidates: ['Chủ tịch', 'công ty'] },
      { short: 'XYZ', expansion: null, source: 'unknown', count: 1, first: 30, definedAt: null, mentions: [[30, 33]] },
    );
    const out = renderTable(a, { color: false });
    expect(out).toContain('│ CT    │ ? Chủ tịch | công ty │ unknown │     2 │    10 │       - │');
    expect(out).toContain('│ XYZ   │ ?                    │ unknown │     1 │    30 │       - │');
  });

  it('marks lunar dates and unresolved values', () => {
    const a = emptyAnalysis();
    a.dates.push(
      { text: 'rằm tháng Giêng', start: 0, end: 15, kind: 'date', value: '2024-02-24', calendar: 'lunar', lunar: '2024-01-15' },
      { text: 'hôm trước', start: 20, end: 29, kind: 'relative', value: null },
    );
    const out = renderTable(a, { color: false });
    expect(out).toContain('│ rằm tháng Giêng │ date (lunar) │ 2024-02-24 (lunar 2024-01-15) │');
    expect(out).toContain('│ hôm trước       │ relative     │ ?                             │');
  });
});

describe('groupEntities', () => {
  it('merges written forms sharing a canonical name, sums counts, keeps roles, orders by count', () => {
    const groups = groupEntities([
      { text: 'Cần Thơ', type: 'LOC', count: 2, mentions: [[50, 57], [90, 97]], canonical: 'TP Cần Thơ' },
      { text: 'quận Thốt Nốt', type: 'LOC', count: 1, mentions: [[10, 23]] },
      { text: 'thành phố Cần Thơ', type: 'LOC', count: 1, mentions: [[30, 47]], canonical: 'TP Cần Thơ' },
      { text: 'TP Cần Thơ', type: 'LOC', count: 1, mentions: [[120, 130]], canonical: 'TP Cần Thơ' },
      { text: 'Lê Thị Sương Mai', type: 'PER', count: 1, mentions: [[200, 216]], roles: ['Chủ tịch LĐLĐ TP Cần Thơ'] },
      { text: 'bà Mai', type: 'PER', count: 1, mentions: [[300, 306]], canonical: 'Lê Thị Sương Mai', roles: ['Chủ tịch LĐLĐ TP Cần Thơ'] },
    ]);
    expect([...groups.keys()]).toEqual(['LOC', 'PER']);
    expect(groups.get('LOC')).toEqual([
      { type: 'LOC', name: 'TP Cần Thơ', count: 4, first: 30, roles: [], forms: ['Cần Thơ', 'thành phố Cần Thơ'] },
      { type: 'LOC', name: 'quận Thốt Nốt', count: 1, first: 10, roles: [], forms: [] },
    ]);
    expect(groups.get('PER')).toEqual([
      { type: 'PER', name: 'Lê Thị Sương Mai', count: 2, first: 200, roles: ['Chủ tịch LĐLĐ TP Cần Thơ'], forms: ['bà Mai'] },
    ]);
  });

  it('keeps the same name under two types apart', () => {
    const groups = groupEntities([
      { text: 'Cần Thơ', type: 'LOC', count: 1, mentions: [[0, 7]] },
      { text: 'Cần Thơ', type: 'ORG', count: 1, mentions: [[20, 27]] },
    ]);
    expect(groups.get('LOC')?.[0]?.count).toBe(1);
    expect(groups.get('ORG')?.[0]?.count).toBe(1);
  });
});

describe('fitColumns', () => {
  it.each([
    { natural: [5, 10, 3], minimum: [5, 4, 3], available: 30, expected: [5, 10, 3] },
    // Too wide: minimums first (5, 9), the rest (20 - 14 = 6) to the column that wants more.
    { natural: [5, 200], minimum: [5, 9], available: 20, expected: [5, 15] },
    { natural: [50, 60, 4], minimum: [9, 9, 4], available: 40, expected: [18, 18, 4] },
    // Even the minimums do not fit: fair shares of all that is there.
    { natural: [20, 20], minimum: [14, 14], available: 10, expected: [5, 5] },
    { natural: [0, 3], minimum: [0, 3], available: 0, expected: [1, 1] },
  ])('fits $natural (min $minimum) into $available as $expected', ({ natural, minimum, available, expected }) => {
    expect(fitColumns(natural, minimum, available)).toEqual(expected);
  });
});

describe('wrap', () => {
  it.each([
    ['Các cấp công đoàn tham gia', 10, ['Các cấp', 'công đoàn', 'tham gia']],
    ['1.850.000', 4, ['1.85', '0.00', '0']],
    ['ab cdefgh i', 3, ['ab', 'cde', 'fgh', 'i']],
    ['', 5, ['']],
    ['  hai   khoảng  ', 20, ['hai khoảng']],
    // NFD: the tone mark stays with its vowel and takes no column.
    ['Ha\u0300 No\u0323\u0302i', 3, ['Ha\u0300', 'No\u0323\u0302i']],
    // Wide characters take two columns.
    ['日本語', 4, ['日本', '語']],
  ])('wraps %j to %i columns', (text, width, expected) => {
    expect(wrap(text, width)).toEqual(expected);
  });

});

describe('formatViNumber', () => {
  it.each([
    [19700, '19.700'],
    [1850000, '1.850.000'],
    [120, '120'],
    [0, '0'],
    [-5, '-5'],
    [-1234567, '-1.234.567'],
    [3.2, '3,2'],
    [0.1 + 0.2, '0,3'],
    [1234.5, '1.234,5'],
    [3_200_000_000, '3.200.000.000'],
    [1e21, '1e+21'],
    [Infinity, '∞'],
    [-Infinity, '-∞'],
    [NaN, '?'],
  ])('formats %d as %j', (value, expected) => {
    expect(formatViNumber(value)).toBe(expected);
  });
});

describe('cleanInline, truncate, clipInline', () => {
  it.each([
    ['Cần Thơ', 'Cần Thơ'],
    ['  Cần\t\tThơ \n', 'Cần Thơ'],
    ['a  b', 'a b'],
    ['a \u00a0b', 'a b'],
    ['\u001b[31mđỏ\u001b[0m', '␛[31mđỏ␛[0m'],
    ['x\u0007\u007f\u009by', 'x␇␡\ufffdy'],
    ['abc\u202edef', 'abc\ufffddef'],
  ])('cleans %j as %j', (text, expected) => {
    expect(cleanInline(text)).toBe(expected);
  });

  it.each([
    ['Cần Thơ', 7, 'Cần Thơ'],
    ['Cần Thơ', 6, 'Cần T…'],
    ['😀😀😀', 2, '😀…'],
    ['😀😀', 2, '😀😀'],
  ])('truncates %j to %i as %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });

  it.each([
    ['Cần Thơ', 10, 'Cần Thơ'],
    ['ab '.repeat(100), 10, 'ab ab ab …'],
    // Cut before cleaning: 40 code units of spaces and one word collapse to it, still marked as cut.
    [' '.repeat(39) + 'x'.repeat(100), 10, 'x…'],
  ])('clips %j to %i as %j', (text, max, expected) => {
    expect(clipInline(text, max)).toBe(expected);
  });
});
