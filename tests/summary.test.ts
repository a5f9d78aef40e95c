// summary: analyses folded into one report; exact counts on hand-made analyses and on articles.
import { describe, expect, it } from 'vitest';
import { SUMMARY_FORMATS, SummaryBuilder } from '../src/summary/index.js';
import type { Analysis } from '../src/types.js';
import { runCli } from './support-cli.js';

function analysis(parts: Partial<Analysis>): Analysis {
  return {
    schemaVersion: 1,
    source: '-',
    article: { title: null, dateline: null, lead: null, byline: null, captions: [], paragraphs: 1, trailer: null },
    stats: { characters: 0, syllables: 0, words: 0, sentences: 0, paragraphs: 0 },
    abbreviations: [],
    entities: [],
    numbers: [],
    dates: [],
    ...parts,
  };
}

const abbr = (short: string, expansion: string | null, source: 'inline' | 'builtin' | 'unknown', count: number) => ({ short, expansion, source, count, first: 0, definedAt: null, mentions: [] });
const money = (value: number, unit: string, valueTo?: number) => ({ text: 'x', start: 0, end: 1, value, ...(valueTo !== undefined ? { valueTo } : {}), unit, qualifier: null, kind: 'money' as const });
const date = (value: string | null, text = 'x') => ({ text, start: 0, end: 1, kind: 'date' as const, value });

const A = analysis({
  article: { title: null, dateline: { text: '03/12/2023 - 07:09', value: '2023-12-03T07:09' }, lead: null, byline: null, captions: [], paragraphs: 1 },
  entities: [
    { text: 'Nguyễn Văn An', type: 'PER', count: 2, mentions: [[0, 1], [2, 3]], canonical: 'Nguyễn Văn An', roles: ['Chủ tịch UBND tỉnh'] },
    { text: 'ông An', type: 'PER', count: 1, mentions: [[4, 5]], canonical: 'Nguyễn Văn An', roles: ['Chủ tịch UBND tỉnh'] },
    { text: 'Cần Thơ', type: 'LOC', count: 1, mentions: [[6, 7]], canonical: 'TP Cần Thơ' },
  ],
  abbreviations: [abbr('UBND', 'Ủy ban nhân dân', 'builtin', 3), abbr('CĐ', null, 'builtin', 1), abbr('XYZ', null, 'unknown', 4)],
  numbers: [money(2_000_000, 'đồng'), money(1_500_000, 'đồng', 3_000_000), money(10, 'USD')],
  dates: [date('2023-12-03T07:09', '03/12/2023 - 07:09'), date('2023-11-20'), date('2023-11'), date('2016-10/2017-09'), date(null), date('XXXX-02-25')],
});
const B = analysis({
  entities: [
    { text: 'Nguyễn Văn An', type: 'PER', count: 1, mentions: [[0, 1]], canonical: 'Nguyễn Văn An', roles: ['Bí thư Tỉnh ủy'] },
    { text: 'TP Cần Thơ', type: 'LOC', count: 3, mentions: [[0, 1]], canonical: 'TP Cần Thơ' },
    { text: 'Cần Thơ', type: 'ORG', count: 1, mentions: [[0, 1]] },
  ],
  abbreviations: [abbr('UBND', 'Ủy ban nhân dân', 'builtin', 1), abbr('CĐ', 'công đoàn', 'inline', 5), abbr('ABC', null, 'unknown', 1), abbr('XYZ', null, 'unknown', 1)],
  numbers: [money(500_000, 'đồng'), { text: '5', start: 0, end: 1, value: 5, unit: null, qualifier: null, kind: 'plain' }],
  dates: [date('2023-11-02'), date('2024-01')],
});

function build(...list: Analysis[]) {
  const b = new SummaryBuilder();
  for (const a of list) b.add(a);
  return b;
}

describe('SummaryBuilder', () => {
  const s = build(A, B).result();

  it('groups entities by canonical name and type, counting articles once and every mention', () => {
    expect(s.entities).toEqual([
      { name: 'Nguyễn Văn An', type: 'PER', articles: 2, mentions: 4, roles: [{ role: 'Bí thư Tỉnh ủy', articles: 1 }, { role: 'Chủ tịch UBND tỉnh', articles: 1 }] },
      { name: 'TP Cần Thơ', type: 'LOC', articles: 2, mentions: 4, roles: [] },
      { name: 'Cần Thơ', type: 'ORG', articles: 1, mentions: 1, roles: [] },
    ]);
  });

  it('counts expansions per article, an unsettled sense as null, and ranks unknown forms by mentions', () => {
    expect(s.abbreviations).toEqual({
      known: [
        { short: 'CĐ', articles: 2, mentions: 6, expansions: [{ expansion: 'công đoàn', articles: 1 }, { expansion: null, articles: 1 }] },
        { short: 'UBND', articles: 2, mentions: 4, expansions: [{ expansion: 'Ủy ban nhân dân', articles: 2 }] },
      ],
      unknown: [
        { short: 'XYZ', articles: 2, mentions: 5 },
        { short: 'ABC', articles: 1, mentions: 1 },
      ],
    });
  });

  it('makes a timeline of the months mentioned, without the dateline, a range by its start', () => {
    expect(s.timeline).toEqual([
      { month: '2016-10', articles: 1, mentions: 1 },
      { month: '2023-11', articles: 2, mentions: 3 },
      { month: '2024-01', articles: 1, mentions: 1 },
    ]);
  });

  it('totals money per currency, with the range of values', () => {
    expect(s.numbers).toEqual([
      { kind: 'money', unit: 'đồng', articles: 2, mentions: 3, min: 500_000, max: 3_000_000, total: 4_000_000 },
      { kind: 'money', unit: 'USD', articles: 1, mentions: 1, min: 10, max: 10, total: 10 },
      { kind: 'plain', unit: null, articles: 1, mentions: 1, min: 5, max: 5 },
    ]);
  });

  it('counts articles and failures', () => {
    const b = build(A);
    b.addFailure();
    expect([b.result().articles, b.result().failed, s.articles, s.failed]).toEqual([1, 1, 2, 0]);
  });

  it('gives the same report whatever the order of the articles', () => {
    expect(build(B, A).result()).toEqual(s);
  });
});

describe('summary formats', () => {
  const s = build(A, B).result();

  it('csv: one table with a section column, numbers in plain notation', () => {
    expect(SUMMARY_FORMATS.csv!(s, { color: false, top: 20 })).toBe(
      [
        'section,name,type,articles,mentions,detail,min,max,total',
        'entity,Nguyễn Văn An,PER,2,4,Bí thư Tỉnh ủy (1); Chủ tịch UBND tỉnh (1),,,',
        'entity,TP Cần Thơ,LOC,2,4,,,,',
        'entity,Cần Thơ,ORG,1,1,,,,',
        'abbreviation,CĐ,,2,6,công đoàn (1); (ambiguous) (1),,,',
        'abbreviation,UBND,,2,4,Ủy ban nhân dân (2),,,',
        'unknown-abbreviation,XYZ,,2,5,,,,',
        'unknown-abbreviation,ABC,,1,1,,,,',
        'month,2016-10,,1,1,,,,',
        'month,2023-11,,2,3,,,,',
        'month,2024-01,,1,1,,,,',
        'number,đồng,money,2,3,,500000,3000000,4000000',
        'number,USD,money,1,1,,10,10,10',
        'number,,plain,1,1,,5,5,',
        '',
      ].join('\r\n'),
    );
  });

  it('markdown: a table per section, cut to --top with the rest counted', () => {
    const md = SUMMARY_FORMATS.markdown!(s, { color: false, top: 1 }) as string;
    expect(md).toBe(
      [
        '# Summary',
        '',
        '2 articles',
        '',
        '## Entities',
        '',
        '| Name | Type | Articles | Mentions | Roles |',
        '| --- | --- | --- | --- | --- |',
        '| Nguyễn Văn An | PER | 2 | 4 | Bí thư Tỉnh ủy (1); Chủ tịch UBND tỉnh (1) |',
        '',
        '… 2 more',
        '',
        '## Abbreviations',
        '',
        '| Short | Articles | Mentions | Expansions |',
        '| --- | --- | --- | --- |',
        '| CĐ | 2 | 6 | công đoàn (1); (ambiguous) (1) |',
        '',
        '… 1 more',
        '',
        '## Unknown abbreviations',
        '',
        '| Short | Mentions | Articles |',
        '| --- | --- | --- |',
        '| XYZ | 5 | 2 |',
        '',
        '… 1 more',
        '',
        '## Timeline (dates mentioned)',
        '',
        '| Month | Articles | Mentions |',
        '| --- | --- | --- |',
        '| 2016-10 | 1 | 1 |',
        '| 2023-11 | 2 | 3 |',
        '| 2024-01 | 1 | 1 |',
        '',
        '## Numbers',
        '',
        '| Kind | Unit | Articles | Mentions | Min | Max | Total |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| money | đồng | 2 | 3 | 500.000 | 3.000.000 | 4.000.000 |',
        '',
        '… 2 more',
        '',
      ].join('\n'),
    );
  });

  it('table: no escape byte without colour, and every section title', async () => {
    const table = await SUMMARY_FORMATS.table!(s, { color: false, top: 20 });
    expect(table.includes('\u001b')).toBe(false);
    expect(table.split('\n').filter((l) => /^[A-Z]/u.test(l))).toEqual(['Summary: 2 articles', 'Entities', 'Abbreviations', 'Unknown abbreviations', 'Timeline (dates mentioned)', 'Numbers']);
    expect(table).toContain('│ Nguyễn Văn An │ PER  │ 2        │ 4        │ Bí thư Tỉnh ủy (1); Chủ tịch UBND tỉnh (1) │');
  });
});

describe('article-analyze summary', () => {
  const records = [
    { id: 1, text: 'Ngày 5/3, ông Nguyễn Văn An nói 3,2 tỷ đồng.', dateline: '2023-12-03' },
    { id: 2, text: 'Ngày 20/3, ông Nguyễn Văn An đến Đà Nẵng với 500 triệu đồng.', dateline: '2023-12-04' },
    { id: 3, body: 'thiếu trường text' },
  ];
  const input = records.map((r) => JSON.stringify(r)).join('\n');

  it('reads --input ndjson, counts the bad record as failed, and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['summary', '--input', 'ndjson', '--format', 'json', '-j', '1'], input);
    const s = JSON.parse(stdout);
    expect(code).toBe(2);
    expect(stderr).toBe('article-analyze: 1 bad record (the first: -:3: no "text" field)\n');
    expect([s.articles, s.failed]).toEqual([2, 1]);
    expect(s.entities.map((e: { name: string; type: string; articles: number; mentions: number }) => [e.name, e.type, e.articles, e.mentions])).toEqual([
      ['Nguyễn Văn An', 'PER', 2, 2],
      ['TP Đà Nẵng', 'LOC', 1, 1],
    ]);
    expect(s.timeline).toEqual([{ month: '2023-03', articles: 2, mentions: 2 }]);
    expect(s.numbers).toEqual([{ kind: 'money', unit: 'đồng', articles: 2, mentions: 2, min: 500_000_000, max: 3_200_000_000, total: 3_700_000_000 }]);
  });

  it('reads --lines, one article a line', async () => {
    const { code, stdout } = await runCli(['summary', '--lines', '--format', 'csv', '-j', '1'], 'Ông Nguyễn Văn An về Huế.\nÔng Nguyễn Văn An ở Huế.\n');
    expect(code).toBe(0);
    expect(stdout.split('\r\n').filter((l) => l.startsWith('entity,'))).toEqual(['entity,Nguyễn Văn An,PER,2,2,,,,', 'entity,TP Huế,LOC,2,2,,,,']);
  });

  it('names the formats it has when given another', async () => {
    const { code, stderr } = await runCli(['summary', '--format', 'ndjson'], '');
    expect([code, stderr]).toEqual([2, "article-analyze: option '-f, --format <format>' argument 'ndjson' is invalid. Allowed choices are table, json, csv, markdown.\n"]);
  });
});
