// The check formatters (stylish, json, github, sarif) and the exit code.

import { describe, expect, it } from 'vitest';
import { exitCodeFor, github, json, RULES, sarif, stylish } from '../src/check/index.js';
import { escapeData, escapeProperty } from '../src/check/format/github.js';
import type { FileResult, Finding } from '../src/check/types.js';

function finding(ruleId: string, severity: 'warn' | 'error', line: number, column: number, message: string, width = 2): Finding {
  return { ruleId, severity, message, start: 0, end: width, line, column, endLine: line, endColumn: column + width };
}

const results: FileResult[] = [
  {
    source: 'bai/can-tho.txt',
    findings: [
      finding('abbreviation-undefined', 'warn', 5, 12, '"LĐLĐ" is never defined and is not in the dictionary.', 4),
      finding('date-invalid', 'error', 12, 3, 'Impossible date "31/02/2023": month 2 has 29 days.', 10),
    ],
  },
  { source: 'bai/sach.txt', findings: [] },
  { source: 'bai/b.txt', findings: [finding('double-space', 'warn', 1, 7, '2 spaces between words; write one.')] },
];

describe('stylish', () => {
  it('groups by file, aligns columns and sums up, without colour', () => {
    expect(stylish(results, { color: false })).toBe(
      [
        '',
        'bai/can-tho.txt',
        '  5:12  warning  "LĐLĐ" is never defined and is not in the dictionary.  abbreviation-undefined',
        '  12:3  error    Impossible date "31/02/2023": month 2 has 29 days.     date-invalid',
        '',
        'bai/b.txt',
        '  1:7  warning  2 spaces between words; write one.  double-space',
        '',
        '✖ 3 problems (1 error, 2 warnings)',
        '  0 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });
  it('prints nothing when there is nothing to report', () => {
    expect(stylish([{ source: 'a.txt', findings: [] }], { color: false })).toBe('');
  });
  it('colours only when asked', () => {
    expect(stylish(results, { color: false })).not.toMatch(/\u001b\[/);
    expect(stylish(results, { color: true })).toMatch(/\u001b\[31m/);
  });
  it('uses singular forms', () => {
    expect(stylish([{ source: 'a', findings: [finding('date-invalid', 'error', 1, 1, 'x')] }], { color: false })).toContain(
      '✖ 1 problem (1 error, 0 warnings)',
    );
  });
});

describe('json', () => {
  it('is an array of { source, findings } that parses back', () => {
    expect(JSON.parse(json(results, { color: false }))).toEqual(results);
  });
});

describe('github', () => {
  it.each([
    ['100% done', '100%25 done'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c'],
  ])('escapes message %j', (raw, escaped) => {
    expect(escapeData(raw)).toBe(escaped);
  });
  it.each([
    ['bai,1:2.txt', 'bai%2C1%3A2.txt'],
    ['50%\n', '50%25%0A'],
  ])('escapes property %j', (raw, escaped) => {
    expect(escapeProperty(raw)).toBe(escaped);
  });
  it('prints one workflow command per finding', () => {
    const tricky: FileResult[] = [
      { source: 'tin, mới:1.txt', findings: [finding('number-format-mixed', 'warn', 3, 14, 'Giảm 50%\nxem "19,700"', 6)] },
      ...results,
    ];
    expect(github(tricky, { color: false })).toBe(
      [
        '::warning file=tin%2C mới%3A1.txt,line=3,col=14,endLine=3,endColumn=20,title=number-format-mixed::Giảm 50%25%0Axem "19,700"',
        '::warning file=bai/can-tho.txt,line=5,col=12,endLine=5,endColumn=16,title=abbreviation-undefined::"LĐLĐ" is never defined and is not in the dictionary.',
        '::error file=bai/can-tho.txt,line=12,col=3,endLine=12,endColumn=13,title=date-invalid::Impossible date "31/02/2023": month 2 has 29 days.',
        '::warning file=bai/b.txt,line=1,col=7,endLine=1,endColumn=9,title=double-space::2 spaces between words; write one.',
        '',
      ].join('\n'),
    );
  });
});

describe('sarif', () => {
  const log = JSON.parse(sarif([{ source: 'bài viết\\tin 1.txt', findings: results[0]?.findings ?? [] }], { color: false }));

  it('has the SARIF 2.1.0 top level', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(Array.isArray(log.runs)).toBe(true);
    expect(log.runs).toHaveLength(1);
  });
  it('describes every rule in tool.driver', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('article-analyze');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, r] of driver.rules.entries()) {
      const rule = RULES[i];
      expect(r.shortDescription).toEqual({ text: rule?.description });
      expect(r.helpUri).toMatch(new RegExp(`^https://[^#\\s]+/docs/rules\\.md#${r.id}$`));
      expect(['none', 'note', 'warning', 'error']).toContain(r.defaultConfiguration.level);
    }
    const byId = Object.fromEntries(driver.rules.map((r: { id: string }) => [r.id, r]));
    expect(byId['date-invalid'].defaultConfiguration).toEqual({ level: 'error' });
    expect(byId['double-space'].defaultConfiguration).toEqual({ level: 'warning' });
    expect(byId['byline-missing'].defaultConfiguration).toEqual({ enabled: false, level: 'warning' });
  });
  it('gives each finding a result with ruleId, level, message and a physical location', () => {
    const [warn, err] = log.runs[0].results;
    expect(warn).toEqual({
      ruleId: 'abbreviation-undefined',
      ruleIndex: 0,
      level: 'warning',
      message: { text: '"LĐLĐ" is never defined and is not in the dictionary.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'b%C3%A0i%20vi%E1%BA%BFt/tin%201.txt' },
            region: { startLine: 5, startColumn: 12, endLine: 5, endColumn: 16 },
          },
        },
      ],
    });
    expect(err.level).toBe('error');
    expect(err.ruleIndex).toBe(3);
    expect(log.runs[0].tool.driver.rules[err.ruleIndex].id).toBe(err.ruleId);
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
  });
  it('is valid with no findings', () => {
    const empty = JSON.parse(sarif([], { color: false }));
    expect(empty.runs[0].results).toEqual([]);
  });
});

describe('exitCodeFor', () => {
  const warnOnly: FileResult[] = [{ source: 'a', findings: [finding('double-space', 'warn', 1, 1, 'x'), finding('double-space', 'warn', 2, 1, 'x')] }];
  it.each([
    ['errors', results, undefined, 1],
    ['warnings only, no limit', warnOnly, undefined, 0],
    ['warnings at the limit', warnOnly, 2, 0],
    ['warnings over the limit', warnOnly, 1, 1],
    ['--max-warnings 0 with warnings', warnOnly, 0, 1],
    ['negative limit means none', warnOnly, -1, 0],
    ['nothing found', [{ source: 'a', findings: [] }], 0, 0],
  ] as const)('%s', (_name, res, max, code) => {
    expect(exitCodeFor(res as FileResult[], max)).toBe(code);
  });
});
