// JSON and NDJSON renderers: exact text for small cases, round trips for the fixture analysis.
import { describe, expect, it } from 'vitest';
import { renderJson } from '../src/render/json.js';
import { renderNdjsonLine } from '../src/render/ndjson.js';
import type { Analysis } from '../src/types.js';
import { canThoAnalysis, emptyAnalysis } from './render-sample.js';

describe('renderJson', () => {
  it('renders one input as a single 2-space indented object with a trailing newline', () => {
    const a = emptyAnalysis();
    const out = renderJson([a], { array: false });
    expect(out).toBe(
      [
        '{',
        '  "schemaVersion": 1,',
        '  "source": "-",',
        '  "line": 3,',
        '  "article": {',
        '    "title": null,',
        '    "dateline": null,',
        '    "lead": null,',
        '    "byline": null,',
        '    "captions": [],',
        '    "paragraphs": 1',
        '  },',
        '  "stats": {',
        '    "characters": 12,',
        '    "syllables": 3,',
        '    "words": 2,',
        '    "sentences": 1,',
        '    "paragraphs": 1',
        '  },',
        '  "abbreviations": [],',
        '  "entities": [],',
        '  "numbers": [],',
        '  "dates": []',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('round-trips the fixture analysis field by field', () => {
    const a = canThoAnalysis();
    const back = JSON.parse(renderJson([a], { array: false })) as Analysis;
    expect(back).toEqual(a);
    expect(back.article.dateline).toEqual({ text: '03/12/2023 - 07:09', value: '2023-12-03T07:09' });
    expect(back.abbreviations.map((x) => [x.short, x.count, x.source])).toEqual([
      ['CĐ', 8, 'inline'], ['TP', 4, 'builtin'], ['ĐV', 6, 'inline'], ['NLĐ', 8, 'inline'], ['LĐLĐ', 4, 'builtin'],
    ]);
  });

  it.each([
    { name: 'several inputs, array: true', list: [emptyAnalysis(), canThoAnalysis()], array: true, length: 2 },
    { name: 'one input, array: true (a run given several files of which one succeeded)', list: [emptyAnalysis()], array: true, length: 1 },
    { name: 'no result, array: false (cannot be an object)', list: [], array: false, length: 0 },
    { name: 'two results, array: false (cannot be an object)', list: [emptyAnalysis(), emptyAnalysis()], array: false, length: 2 },
  ])('gives an array for $name', ({ list, array, length }) => {
    const out = renderJson(list, { array });
    const back: unknown = JSON.parse(out);
    expect(Array.isArray(back)).toBe(true);
    expect((back as unknown[]).length).toBe(length);
    expect(out.endsWith(']\n')).toBe(true);
  });

  it('defaults to an object for exactly one analysis and an array otherwise', () => {
    expect(renderJson([emptyAnalysis()]).startsWith('{\n')).toBe(true);
    expect(renderJson([]).trim()).toBe('[]');
  });

  it('writes a non-finite number value (100 000 digits) as null, keeping the document valid', () => {
    const a = emptyAnalysis();
    a.numbers.push({ text: '9'.repeat(100_000), start: 0, end: 100_000, value: Number('9'.repeat(100_000)), unit: null, qualifier: null, kind: 'plain' });
    const back = JSON.parse(renderJson([a], { array: false })) as { numbers: { value: unknown }[] };
    expect(back.numbers[0]?.value).toBeNull();
  });
});

describe('renderNdjsonLine', () => {
  it('renders one compact object and one newline', () => {
    const a = emptyAnalysis();
    expect(renderNdjsonLine(a)).toBe(
      '{"schemaVersion":1,"source":"-","line":3,"article":{"title":null,"dateline":null,"lead":null,"byline":null,"captions":[],"paragraphs":1},"stats":{"characters":12,"syllables":3,"words":2,"sentences":1,"paragraphs":1},"abbreviations":[],"entities":[],"numbers":[],"dates":[]}\n',
    );
  });

  it('keeps line breaks inside strings on the one line, U+2028/U+2029 included', () => {
    const a = emptyAnalysis();
    a.article.title = 'Dòng một\nDòng hai\r\nDòng\u2028ba\u2029bốn';
    const out = renderNdjsonLine(a);
    expect(out.split('\n')).toHaveLength(2);
    expect(out).not.toMatch(/[\r\u2028\u2029]/u);
    expect(out).toContain('"title":"Dòng một\\nDòng hai\\r\\nDòng\\u2028ba\\u2029bốn"');
    expect((JSON.parse(out) as Analysis).article.title).toBe(a.article.title);
  });

  it('escapes ESC, DEL and C1 controls so no raw control byte reaches the terminal', () => {
    const a = emptyAnalysis();
    a.article.title = '\u001b[31mđỏ\u007f\u009b';
    const out = renderNdjsonLine(a);
    expect(out).toContain('"title":"\\u001b[31mđỏ\\u007f\\u009b"');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    expect((JSON.parse(out) as Analysis).article.title).toBe(a.article.title);
    expect(JSON.parse(renderJson([a], { array: false }))).toEqual(a);
    expect(renderJson([a], { array: false })).toContain('"title": "\\u001b[31mđỏ\\u007f\\u009b"');
  });

  it('gives lines that concatenate into a stream where each line parses back', () => {
    const list = [canThoAnalysis(), emptyAnalysis()];
    const stream = list.map(renderNdjsonLine).join('');
    const lines = stream.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l) as Analysis)).toEqual(list);
  });
});
