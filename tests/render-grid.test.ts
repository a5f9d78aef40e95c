// The grid drawer against cli-table3 itself: the same text, cell for cell, on the same input.
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { drawGrid } from '../src/render/grid.js';
import { wrap } from '../src/render/text.js';

interface Case {
  name: string;
  widths: number[];
  aligns: ('left' | 'right')[];
  head: string[];
  rows: string[][];
}

const CASES: Case[] = [
  {
    name: 'abbreviations',
    widths: [5, 18, 7, 5],
    aligns: ['left', 'left', 'left', 'right'],
    head: ['Short', 'Expansion', 'Source', 'Count'],
    rows: [['CĐ', 'công đoàn', 'inline', '8'], ['LĐLĐ', 'Liên đoàn Lao động', 'builtin', '4']],
  },
  {
    name: 'wrapped cells of different heights',
    widths: [6, 9, 4],
    aligns: ['left', 'right', 'left'],
    head: ['Text', 'Value', 'Unit'],
    rows: [['19.700 hơn cuộc', '19.700', 'cuộc'], ['1.850.000', '1.850.000', 'lượt người lao động']],
  },
  {
    name: 'empty cells and a multi-line head',
    widths: [4, 3],
    aligns: ['left', 'left'],
    head: ['Roles forms', 'Qualifier'],
    rows: [['', ''], ['Chủ tịch LĐLĐ TP Cần Thơ', '']],
  },
  {
    name: 'NFD text (combining marks take no column)',
    widths: [12],
    aligns: ['left'],
    head: ['Name'],
    rows: [['Le\u0302 Thi\u0323 Su\u031bo\u031b\u0300ng Mai'.normalize('NFD')]],
  },
  {
    name: 'no rows',
    widths: [3, 3],
    aligns: ['right', 'left'],
    head: ['a', 'b'],
    rows: [],
  },
];

function viaCliTable3(c: Case): string {
  const table = new Table({
    head: c.head.map((h, i) => wrap(h, c.widths[i] ?? 1).join('\n')),
    colWidths: c.widths.map((w) => w + 2),
    colAligns: c.aligns,
    wordWrap: false,
    style: { head: [], border: [], compact: true },
  });
  for (const row of c.rows) table.push(row.map((t, i) => wrap(t, c.widths[i] ?? 1).join('\n')));
  return table.toString();
}

describe('drawGrid', () => {
  it.each(CASES)('draws $name exactly as cli-table3 does', (c) => {
    const ours = drawGrid({
      widths: c.widths,
      aligns: c.aligns,
      head: c.head.map((h, i) => wrap(h, c.widths[i] ?? 1)),
      rows: c.rows.map((row) => row.map((t, i) => wrap(t, c.widths[i] ?? 1))),
    });
    expect(ours).toBe(viaCliTable3(c));
  });

  it('draws a small grid exactly', () => {
    expect(drawGrid({ widths: [4, 3], aligns: ['left', 'right'], head: [['Tên'], ['Số']], rows: [[['Mai'], ['1']], [['Quốc', 'Kiến'], ['12']]] })).toBe(
      [
        '┌──────┬─────┐',
        '│ Tên  │  Số │',
        '├──────┼─────┤',
        '│ Mai  │   1 │',
        '│ Quốc │  12 │',
        '│ Kiến │     │',
        '└──────┴─────┘',
      ].join('\n'),
    );
  });

  it('paints head lines after measuring them, so colour does not shift the borders', () => {
    const out = drawGrid({ widths: [5], head: [['Short']], rows: [[['CĐ']]], paintHead: (l) => `\u001b[1m${l}\u001b[22m` });
    expect(out.split('\n')[1]).toBe('│ \u001b[1mShort\u001b[22m │');
  });

  it('draws 40 000 rows in linear time (returns)', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => [[String(i)], ['Nguyễn Văn A']]);
    expect(drawGrid({ widths: [5, 12], head: [['Số'], ['Tên']], rows }).split('\n')).toHaveLength(40_004);
  });
});
