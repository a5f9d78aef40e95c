// --input ndjson: one record a line in, one analysis or error object a line out, in input order.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/input/lines.js';
import { parseRecord } from '../src/input/records.js';
import { runCli } from './support-cli.js';

async function lines(chunks: (string | Buffer)[], max?: number) {
  const out: { number: number; text: string; tooLong?: true }[] = [];
  for await (const l of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push({ number: l.number, text: l.bytes.toString('utf8'), ...(l.tooLong ? { tooLong: l.tooLong } : {}) });
  return out;
}

describe('splitLines', () => {
  it('cuts lines across chunks, drops CR before LF, keeps a last line without LF', async () => {
    expect(await lines(['{"a":', '1}\r\n{"b"', ':2}\n', '\n', 'tail'])).toEqual([
      { number: 1, text: '{"a":1}' },
      { number: 2, text: '{"b":2}' },
      { number: 3, text: '' },
      { number: 4, text: 'tail' },
    ]);
  });

  it('does not make an empty line of a final LF', async () => {
    expect(await lines(['x\n'])).toEqual([{ number: 1, text: 'x' }]);
  });

  it('keeps a multi-byte character split between chunks whole', async () => {
    const bytes = Buffer.from('{"text":"Đà Nẵng"}\n');
    expect(await lines([bytes.subarray(0, 10), bytes.subarray(10)])).toEqual([{ number: 1, text: '{"text":"Đà Nẵng"}' }]);
  });

  it('reports a line over the limit as too long, skips it, and goes on', async () => {
    expect(await lines(['ab', 'cdefgh', 'ij\nok\n'], 5)).toEqual([
      { number: 1, text: '', tooLong: true },
      { number: 2, text: 'ok' },
    ]);
  });
});

describe('parseRecord', () => {
  const raw = (text: string, number = 7) => ({ number, bytes: Buffer.from(text) });

  it('takes text and id, keeps a string dateline, passes the other fields under meta', () => {
    expect(parseRecord(raw('{"id":"x1","text":"Hà Nội","dateline":"03/12/2023","url":"https://a.vn/1","tags":["a"]}'), 'in.ndjson')).toEqual({
      source: 'in.ndjson',
      line: 7,
      text: 'Hà Nội',
      record: { id: 'x1', dateline: '03/12/2023', meta: { url: 'https://a.vn/1', tags: ['a'] } },
    });
  });

  it('reads the fields --text-field and --id-field name', () => {
    expect(parseRecord(raw('{"body":"Huế","key":42,"text":"khác"}'), '-', { textField: 'body', idField: 'key' })).toEqual({
      source: '-',
      line: 7,
      text: 'Huế',
      record: { id: 42, meta: { text: 'khác' } },
    });
  });

  it('gives id null when the record has none, and no meta when nothing is left', () => {
    expect(parseRecord(raw('{"text":""}'), '-')).toEqual({ source: '-', line: 7, text: '', record: { id: null } });
  });

  it.each([
    ['{"id":1,"text":', 'not-json', undefined],
    ['[1,2]', 'not-object', undefined],
    ['"text"', 'not-object', undefined],
    ['null', 'not-object', undefined],
    ['{"id":"b","body":"x"}', 'no-text', 'b'],
    ['{"id":"c","text":5}', 'text-not-string', 'c'],
    ['{"text":null}', 'text-not-string', undefined],
  ])('%s is a bad record: %s', (line, code, id) => {
    const failure = parseRecord(raw(line), '-');
    expect(failure).toMatchObject({ source: '-', line: 7, code });
    expect(failure && 'id' in failure ? failure.id : undefined).toBe(id);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(parseRecord({ number: 2, bytes: Buffer.from([0x7b, 0xff, 0x7d]) }, '-')).toEqual({ source: '-', line: 2, code: 'invalid-utf8', error: 'not valid UTF-8' });
  });

  it('skips a blank line and a BOM before the first record', () => {
    expect(parseRecord(raw('  '), '-')).toBeNull();
    expect(parseRecord(raw('\uFEFF{"text":"a"}', 1), '-')).toEqual({ source: '-', line: 1, text: 'a', record: { id: null } });
  });
});

// Hand-checked offsets: `Ngày 5/3, ông ` is 14 code units, `Nguyễn Văn An` 13 more.
const GOOD = JSON.stringify({ id: 'a', text: 'Ngày 5/3, ông Nguyễn Văn An nói 3,2 tỷ đồng.', dateline: '2023-12-03T07:09:00+07:00', url: 'https://bao.vn/a' });

describe('analyze --input ndjson', () => {
  it('prints one line per record, in order, an error object in place of each bad one, and exits 2', async () => {
    const input = [GOOD, 'không phải JSON', '{"id":"b","noi_dung":"x"}', '', '{"id":"c","text":["x"]}', '{"text":"Huế"}'].join('\n');
    const { code, stdout, stderr } = await runCli(['--input', 'ndjson', '--format', 'ndjson', '-j', '1'], input);
    const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(code).toBe(2);
    expect(out).toHaveLength(5);
    expect(out.map((o) => [o.id, o.line ?? null, o.error?.code ?? null])).toEqual([
      ['a', null, null],
      [null, 2, 'not-json'],
      ['b', 3, 'no-text'],
      ['c', 5, 'text-not-string'],
      [null, null, null],
    ]);
    expect(out[2]).toEqual({ schemaVersion: 1, source: '-', line: 3, id: 'b', error: { code: 'no-text', message: 'no "text" field' } });
    expect(stderr).toBe('article-analyze: 3 bad records (the first: -:2: not JSON (Unexpected token \'k\', "không phải JSON" is not valid JSON))\n');
  });

  it('keeps the id first and the other fields under meta, and dates the year-less date from the record dateline', async () => {
    const { code, stdout } = await runCli(['--input', 'ndjson', '--format', 'ndjson', '-j', '1'], `${GOOD}\n`);
    const a = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(Object.keys(a)).toEqual(['schemaVersion', 'source', 'id', 'article', 'stats', 'abbreviations', 'entities', 'numbers', 'dates', 'meta']);
    expect(a.meta).toEqual({ url: 'https://bao.vn/a' });
    expect(a.article.dateline).toEqual({ text: '2023-12-03T07:09:00+07:00', value: '2023-12-03T07:09' });
    expect(a.dates).toEqual([{ text: 'Ngày 5/3', start: 0, end: 8, kind: 'date', value: '2023-03-05' }]);
    expect(a.entities.map((e: { text: string; mentions: number[][] }) => [e.text, e.mentions])).toEqual([['Nguyễn Văn An', [[14, 27]]]]);
    expect(a.numbers.map((n: { value: number; unit: string; kind: string }) => [n.value, n.unit, n.kind])).toEqual([[3_200_000_000, 'đồng', 'money']]);
  });

  it('reads a dateline as a paper prints it, and lets the text own dateline win', async () => {
    const records = [
      { id: 1, text: 'Ngày 5/3 trời mưa.', dateline: 'Thứ Hai, 04/12/2023 07:09 (GMT+7)' },
      { id: 2, text: '10/01/2022 - 08:00\n\nNgày 5/3 trời mưa.', dateline: '2023-12-03' },
    ];
    const { stdout } = await runCli(['--input', 'ndjson', '--format', 'ndjson', '-j', '1'], records.map((r) => JSON.stringify(r)).join('\n'));
    const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((a) => [a.article.dateline.value, a.dates.at(-1).value])).toEqual([
      ['2023-12-04T07:09', '2023-03-05'],
      ['2022-01-10T08:00', '2022-03-05'],
    ]);
  });

  it('uses --text-field and --id-field', async () => {
    const { stdout } = await runCli(['--input', 'ndjson', '--format', 'ndjson', '-j', '1', '--text-field', 'body', '--id-field', 'guid'], '{"guid":"g-9","body":"Đà Nẵng"}\n');
    const a = JSON.parse(stdout);
    expect([a.id, a.meta, a.entities[0].text]).toEqual(['g-9', undefined, 'Đà Nẵng']);
  });

  it('puts error objects in their place in a JSON array', async () => {
    const { code, stdout } = await runCli(['--input', 'ndjson', '--format', 'json', '-j', '1'], '{"text":"Huế"}\n5\n');
    const list = JSON.parse(stdout);
    expect([code, list.length, list[0].id, list[1]]).toEqual([2, 2, null, { schemaVersion: 1, source: '-', line: 2, id: null, error: { code: 'not-object', message: 'not a JSON object' } }]);
  });

  it('refuses --lines with --input ndjson', async () => {
    const { code, stderr } = await runCli(['--input', 'ndjson', '--lines'], '');
    expect([code, stderr]).toEqual([2, 'article-analyze: --input ndjson reads one record a line already; leave out --lines\n']);
  });

  it('loses nothing: N records in, N lines out, ids in input order, every third record bad', async () => {
    const n = 60;
    const input = Array.from({ length: n }, (_, i) => (i % 3 === 2 ? `{"id":${i},"text":${i}}` : JSON.stringify({ id: i, text: `Bài số ${i} ở Hà Nội.` }))).join('\n');
    const { code, stdout } = await runCli(['--input', 'ndjson', '--format', 'ndjson', '-j', '1'], input);
    const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(code).toBe(2);
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(out.filter((o) => o.error).map((o) => o.line)).toEqual(Array.from({ length: n / 3 }, (_, k) => 3 * k + 3));
  });
});
