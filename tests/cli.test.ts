// The command line. Most cases run in-process through `main(argv, streams)` with their own
// streams and environment; a handful spawn the real built binary, as a user or a pipeline runs
// it (`npm test` builds first): the fixture's JSON, several inputs at once (worker threads),
// bad inputs, and a pipe closed early.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/article-analyze.js');
const fixture = join(root, 'fixtures/can-tho-cong-doan.txt');
const dir = mkdtempSync(join(tmpdir(), 'aa-cli-'));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real binary in a child process, in an empty folder (no config file). */
function spawnRun(args: string[], input?: string | Buffer, env: Record<string, string> = {}): Result {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input,
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

/** `main` in this process, with in-memory streams: what the binary prints, without a process per case. */
async function run(args: string[], input?: string, env: Record<string, string> = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const sink = (write: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        write(chunk.toString());
        done();
      },
    });
  const code = await main(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: Readable.from(input === undefined ? [] : [Buffer.from(input)]),
    env,
  });
  return { code, stdout, stderr };
}

const ESC = '\u001b';
const fixtureText = readFileSync(fixture, 'utf8');

describe('analyze --format json on the Cần Thơ fixture (the real binary)', () => {
  const { code, stdout, stderr } = spawnRun([fixture, '--format', 'json']);
  const a = JSON.parse(stdout);

  it('exits 0 with nothing on stderr', () => {
    expect([code, stderr]).toEqual([0, '']);
  });

  it('reports the article parts', () => {
    expect(a.schemaVersion).toBe(1);
    expect(a.source).toBe(fixture);
    expect(a.article.dateline).toEqual({ text: '03/12/2023 - 07:09', value: '2023-12-03T07:09' });
    expect(a.article.title).toBe('Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng');
    expect(a.article.byline).toEqual({ text: 'Bài, ảnh: Kiến Quốc', authors: ['Kiến Quốc'] });
    expect(a.article.captions).toEqual(['Lãnh đạo LĐLĐ TP Cần Thơ và LĐLĐ quận Thốt Nốt thăm hỏi tình hình đời sống công nhân, lao động.']);
    expect(a.article.paragraphs).toBe(4);
    expect(a.stats.paragraphs).toBe(5);
  });

  it('learns CĐ, ĐV, NLĐ from the text and takes LĐLĐ, TP from the dictionary', () => {
    const rows = a.abbreviations.map((x: { short: string; expansion: string; source: string; count: number; definedAt: number | null }) => [x.short, x.expansion, x.source, x.count, x.definedAt === null ? null : fixtureText.slice(x.definedAt, x.definedAt + x.short.length)]);
    expect(rows).toEqual([
      ['CĐ', 'công đoàn', 'inline', 8, 'CĐ'],
      ['TP', 'thành phố', 'builtin', 4, null],
      ['ĐV', 'đoàn viên', 'inline', 6, 'ĐV'],
      ['NLĐ', 'người lao động', 'inline', 8, 'NLĐ'],
      ['LĐLĐ', 'Liên đoàn Lao động', 'builtin', 4, null],
    ]);
  });

  it('finds exactly the five quantities', () => {
    const rows = a.numbers.map((n: { text: string; value: number; unit: string; qualifier: string | null; start: number; end: number }) => [n.text, n.value, n.unit, n.qualifier, fixtureText.slice(n.start, n.end)]);
    expect(rows).toEqual([
      ['19.700', 19700, 'cuộc', 'hơn', '19.700'],
      ['1.850.000', 1850000, 'lượt', 'hơn', '1.850.000'],
      ['120', 120, 'nhóm truyền thông', null, '120'],
      ['9.900', 9900, 'cuộc', 'hơn', '9.900'],
      ['15', 15, 'cuộc', null, '15'],
    ]);
  });

  it('finds the dateline and the five-year span', () => {
    expect(a.dates.map((d: { text: string; kind: string; value: string }) => [d.text, d.kind, d.value])).toEqual([
      ['03/12/2023 - 07:09', 'datetime', '2023-12-03T07:09'],
      ['5 năm qua', 'range', '2018-12-03/2023-12-03'],
    ]);
  });

  it('finds the people, places, organisations and names', () => {
    const byType = (type: string) => a.entities.filter((e: { type: string }) => e.type === type).map((e: { text: string }) => e.text);
    expect(byType('PER')).toEqual(['Lê Thị Sương Mai', 'Kiến Quốc']);
    expect(byType('LOC')).toEqual(['TP Cần Thơ', 'quận Thốt Nốt']);
    expect(byType('ORG')).toEqual(expect.arrayContaining(['LĐLĐ TP Cần Thơ', 'LĐLĐ quận Thốt Nốt']));
    expect(byType('MISC')).toEqual(expect.arrayContaining(['COVID-19', 'Tháng Công nhân', 'Lắng nghe - Thấu hiểu - Chia sẻ', 'Cảm ơn NLĐ', 'Ngày hội việc làm']));
    for (const e of a.entities as { mentions: [number, number][]; text: string }[]) {
      expect(e.mentions.some(([s, t]) => fixtureText.slice(s, t).length > 0)).toBe(true);
    }
  });
});

describe('input handling', () => {
  const nfd = join(dir, 'nfd.txt');
  writeFileSync(nfd, fixtureText.normalize('NFD').replace(/\n/gu, '\r\n'));
  const bom16 = join(dir, 'utf16.txt');
  writeFileSync(bom16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixtureText, 'utf16le')]));
  const binary = join(dir, 'image.png');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from([0x43, 0xe1, 0x63, 0x20, 0x63, 0xe2, 0x70]));
  mkdirSync(join(dir, 'a-folder'), { recursive: true });

  it('gives the same analysis for NFD + CRLF and UTF-16 input as for the NFC original', async () => {
    const expected = JSON.parse((await run([fixture, '--format', 'json'])).stdout);
    for (const file of [nfd, bom16]) {
      const got = JSON.parse((await run([file, '--format', 'json'])).stdout);
      expect({ ...got, source: fixture }).toEqual(expected);
    }
  });

  it('reads standard input when given no file or -', async () => {
    const viaStdin = JSON.parse((await run(['--format', 'json'], fixtureText)).stdout);
    const viaDash = JSON.parse((await run(['-', '--format', 'json'], fixtureText)).stdout);
    expect(viaStdin.source).toBe('-');
    expect(viaDash).toEqual(viaStdin);
    expect(viaStdin.numbers.length).toBe(5);
  });

  it('reports each bad input on one line, still reports the good ones, and exits 2 (the real binary)', () => {
    const { code, stdout, stderr } = spawnRun(['missing.txt', binary, latin1, join(dir, 'a-folder'), fixture, '--format', 'ndjson']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        'article-analyze: missing.txt: no such file',
        `article-analyze: ${binary}: binary data (NUL bytes), not text`,
        `article-analyze: ${latin1}: not valid UTF-8 (first bad byte at offset 1); convert it to UTF-8 first`,
        `article-analyze: ${join(dir, 'a-folder')}: is a directory`,
        '',
      ].join('\n'),
    );
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBe(1);
    expect(JSON.parse(lines[0]!).source).toBe(fixture);
  });

  it('analyses empty input without complaint', async () => {
    const { code, stdout } = await run(['--format', 'json'], '');
    expect(code).toBe(0);
    const a = JSON.parse(stdout);
    expect([a.stats, a.numbers, a.dates, a.entities, a.abbreviations]).toEqual([{ characters: 0, syllables: 0, words: 0, sentences: 0, paragraphs: 0 }, [], [], [], []]);
  });

  it('with --lines reports one document per line, numbered from 1', async () => {
    const { code, stdout } = await run(['--lines', '--format', 'ndjson', '--jobs', '1'], 'Hơn 19.700 cuộc họp.\n\nNgày 25/2, TP Cần Thơ có mưa.\n');
    expect(code).toBe(0);
    const docs = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.line, d.numbers.map((n: { value: number }) => n.value), d.dates.map((x: { value: string }) => x.value)])).toEqual([
      [1, [19700], []],
      [2, [], []],
      [3, [], ['XXXX-02-25']],
    ]);
  });

  it('makes --format json an array when there are several inputs (the real binary, on worker threads)', () => {
    const { stdout } = spawnRun([fixture, fixture, '--format', 'json']);
    const list = JSON.parse(stdout);
    expect(list.map((a: { source: string }) => a.source)).toEqual([fixture, fixture]);
  });
});

describe('output', () => {
  it('never colours a pipe, and colours a table only when asked', async () => {
    expect((await run([fixture])).stdout.includes(ESC)).toBe(false);
    expect((await run([fixture], undefined, { FORCE_COLOR: '1' })).stdout.includes(ESC)).toBe(true);
    expect((await run([fixture, '--no-color'], undefined, { FORCE_COLOR: '1' })).stdout.includes(ESC)).toBe(false);
    expect((await run([fixture], undefined, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout.includes(ESC)).toBe(false);
  });

  it('prints the table view with the header and the sections', async () => {
    const { stdout } = await run([fixture]);
    expect(stdout).toContain('Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng');
    expect(stdout).toContain('03/12/2023 - 07:09 (2023-12-03T07:09)');
    expect(stdout).toContain('Bài, ảnh: Kiến Quốc');
    for (const heading of ['Abbreviations (5)', 'Numbers (5)', 'Dates (2)']) expect(stdout).toContain(heading);
  });

  it('writes one CSV header and a section column', async () => {
    const { stdout } = await run([fixture, fixture, '--format', 'csv', '--jobs', '1']);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('source,line,section,text,start,end,value,unit,qualifier,kind,type,expansion,count');
    expect(lines.filter((l) => l.startsWith('source,')).length).toBe(1);
    expect(lines.filter((l) => l.includes(',number,19.700,')).length).toBe(2);
  });

  it('opens stderr for one document only to report a problem; several on a terminal get the bar', async () => {
    const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
    const streams = (opened: string[]) => ({
      stdout: sink(),
      get stderr() {
        opened.push('stderr');
        return Object.assign(sink(), { isTTY: true, columns: 80 });
      },
      stdin: Readable.from([]),
      env: {},
    });
    const one: string[] = [];
    expect(await main([fixture, '--format', 'json'], streams(one))).toBe(0);
    expect(one).toEqual([]);
    const missing: string[] = [];
    expect(await main([join(dir, 'no-such-file.txt')], streams(missing))).toBe(2);
    expect(missing.length).toBeGreaterThan(0);
    const two: string[] = [];
    expect(await main([fixture, fixture, '--format', 'json', '--jobs', '1'], streams(two))).toBe(0);
    expect(two.length).toBeGreaterThan(0);
  });

  it('ends quietly when the reader closes the pipe', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `Dòng ${i}: hơn ${i}.000 người tham gia.`).join('\n');
    const result = spawnSync('bash', ['-c', `node "${bin}" --lines --format ndjson | head -n 1`], { input: many, cwd: dir });
    expect(result.stderr.toString()).toBe('');
    expect(result.stdout.toString().split('\n').length).toBe(2);
    expect(result.status).toBe(0);
  });
});

describe('commands', () => {
  it('segment --lines prints exactly one line per input line', async () => {
    const input = 'Các cấp công đoàn tham gia. Người lao động vui mừng.\n\nTP Cần Thơ\n';
    const { code, stdout } = await run(['segment', '--lines'], input);
    expect(code).toBe(0);
    expect(stdout).toBe('Các cấp công_đoàn tham_gia . Người lao_động vui_mừng .\n\nTP Cần_Thơ\n');
  });

  it('expand writes abbreviations out without doubling definitions', async () => {
    const { stdout } = await run(['expand', '--lines'], 'Các cấp công đoàn (CĐ) TP Cần Thơ. CĐ cơ sở họp.\n');
    expect(stdout).toBe('Các cấp công đoàn thành phố Cần Thơ. Công đoàn cơ sở họp.\n');
  });

  it('check exits 1 on an error finding and 0 on a clean article', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'Tiêu đề\n\nNgày 31/02/2023, hội nghị diễn ra.\n');
    const result = await run(['check', bad, '--format', 'json']);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout)[0].findings;
    expect(findings.map((f: { ruleId: string; line: number; column: number }) => [f.ruleId, f.line, f.column])).toEqual([['date-invalid', 3, 6]]);
    expect((await run(['check', fixture])).code).toBe(0);
  });

  it('usage errors exit 2 with one line and no stack trace', async () => {
    for (const args of [['--format', 'xml', fixture], ['--bogus'], ['check', '--rule', 'no-such-rule=warn', fixture], ['check', '--fix']]) {
      const { code, stderr } = await run(args, '');
      expect(code).toBe(2);
      expect(stderr.startsWith('article-analyze: ')).toBe(true);
      expect(stderr).not.toMatch(/\n\s+at /u);
    }
  });

  it('--help shows examples and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('Exit codes: 0 success, 1 check found errors, 2 usage error or unreadable input.');
  });
});
