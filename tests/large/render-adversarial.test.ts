// Every renderer on hostile analyses: 5 MB lines, 100 000 digits or brackets, many rows, junk.
import { describe, expect, it } from 'vitest';
import { csvHeader, renderCsvRows } from '../../src/render/csv.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderNdjsonLine } from '../../src/render/ndjson.js';
import { renderAnnotated } from '../../src/render/annotated.js';
import { renderHtml } from '../../src/render/html.js';
import { renderTable } from '../../src/render/table.js';
import type { Analysis } from '../../src/types.js';
import { emptyAnalysis, parseCsv } from '../render-sample.js';

function hostile(kind: string): Analysis {
  const a = emptyAnalysis();
  switch (kind) {
    case '5 MB line of "a "': {
      const text = 'a '.repeat(2_500_000);
      a.article.title = text;
      a.article.lead = text;
      a.entities.push({ text, type: 'MISC', count: 1, mentions: [[0, text.length]] });
      break;
    }
    case '100 000 digits': {
      const text = '9'.repeat(100_000);
      a.article.title = text;
      a.numbers.push({ text, start: 0, end: text.length, value: Number(text), unit: null, qualifier: null, kind: 'plain' });
      break;
    }
    case '100 000 nested brackets': {
      const text = '('.repeat(100_000);
      a.article.title = text;
      a.abbreviations.push({ short: text, expansion: text, source: 'unknown', count: 1, first: 0, definedAt: null, mentions: [[0, 1]] });
      break;
    }
    case '10 000 numbers': {
      for (let i = 0; i < 10_000; i++) {
        a.numbers.push({ text: `${i}`, start: i, end: i + 1, value: i, unit: 'người', qualifier: null, kind: 'count' });
      }
      break;
    }
    case 'control characters and lone surrogates': {
      const text = '\u0000\u001b[2J\u0007\u007f\u009b\ud800x\udc00\u202e|,"\n\r';
      a.article.title = text;
      a.entities.push({ text, type: 'PER', count: 1, mentions: [[0, text.length]] });
      break;
    }
  }
  return a;
}

const KINDS = ['5 MB line of "a "', '100 000 digits', '100 000 nested brackets', '10 000 numbers', 'control characters and lone surrogates'];

describe.each(KINDS)('renderers on %s', (kind) => {
  const a = hostile(kind);

  it('JSON and NDJSON stay valid, one NDJSON line', () => {
    expect(JSON.parse(renderJson([a], { array: false }))).toMatchObject({ schemaVersion: 1 });
    const line = renderNdjsonLine(a);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(JSON.parse(line)).toMatchObject({ schemaVersion: 1 });
  });

  it('CSV has one header and rows of 13 fields, no raw ESC', () => {
    const out = csvHeader() + renderCsvRows(a);
    expect(out.includes('\u001b')).toBe(false);
    const records = parseCsv(out);
    expect(records.length).toBeGreaterThan(6);
    for (const record of records) expect(record).toHaveLength(13);
  });

  it('the table has no ESC without colour and no line over the width', () => {
    const out = renderTable(a, { color: false, width: 80 });
    expect(out.includes('\u001b')).toBe(false);
    expect(Math.max(...out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it('Markdown has no raw ESC and one line per table row', () => {
    const out = renderMarkdown(a);
    expect(out.includes('\u001b')).toBe(false);
    for (const line of out.split('\n')) if (line.startsWith('| ')) expect(line.endsWith(' |')).toBe(true);
  });

  // The views that read the text too, over a text as long as the analysis's offsets reach.
  const reach = Math.max(0, ...a.numbers.map((n) => n.end), ...a.entities.flatMap((e) => e.mentions.map((m) => m[1])),
    ...a.abbreviations.flatMap((x) => x.mentions.map((m) => m[1])));
  const text = (a.article.title ?? '').padEnd(reach, ' ');

  it('the table with the text, annotated and html keep to their width, show no raw ESC, run no markup', () => {
    const table = renderTable(a, { color: false, width: 80, text });
    expect(table.includes('\u001b')).toBe(false);
    expect(Math.max(...table.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(renderAnnotated(a, text, { color: false }).includes('\u001b')).toBe(false);
    const html = renderHtml([{ analysis: a, text }]);
    expect(html.includes('\u001b')).toBe(false);
    expect(html).not.toMatch(/<(?!\/?(?:!DOCTYPE|html|head|meta|title|style|body|div|span|article|h1|h2|h3|dl|dt|dd|p|br|mark|section|table|thead|tbody|tr|th|td|a|b)[\s>])/u);
  });
});
