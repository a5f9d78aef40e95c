// The human views through the command line: the table's places and contexts come from the
// text each document was read from, annotated marks with brackets off a terminal, html is one
// page for the whole run. In-process through main(argv, streams), off a terminal as in a pipe;
// the page on two threads runs the real built binary (`npm test` builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './support-cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/article-analyze.js');
const fixture = join(root, 'fixtures/can-tho-cong-doan.txt');
const dir = mkdtempSync(join(tmpdir(), 'aa-views-'));
const ESC = '\u001b';
const missing = join(dir, 'missing.txt');
// In-process, with the same environment as the spawned binary (none but what the case sets), on
// one thread: worker threads need the built worker, which spawnRun covers.
const run = (args: string[], input?: string, env: Record<string, string> = {}) => runCli([...args, '--jobs', '1'], input, env);

/** The real binary in a child process, in an empty folder (no config file). */
function spawnRun(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { input, cwd: dir, env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

describe('--format table with the text', () => {
  it('shows the lead, the captions, places as line:col of the file and contexts', async () => {
    const { code, stdout } = await run([fixture, '--format', 'table']);
    expect(code).toBe(0);
    expect(stdout).toContain('\nLead      Các cấp công đoàn (CĐ) TP Cần Thơ đã triển khai nhiều');
    expect(stdout).toContain('\nCaptions  1\n');
    // `CĐ` first used on line 5 (the lead), column 20.
    expect(stdout).toMatch(/│ CĐ +│ công đoàn +│ inline +│ +8 │ +5:20 │/u);
    // The context wraps in its column (the unit column holds whole counted nouns like `nhóm truyền thông`).
    expect(stdout).toMatch(/│ …tổ chức hơn +│\n│ .*│ \[19\.700\] cuộc +│/u);
  });

  it('counts lines of the file with --lines, and stdin works the same', async () => {
    const { stdout } = await run(['--lines', '--format', 'table'], 'Mưa to.\nHơn 19.700 cuộc họp.\n');
    expect(stdout).toMatch(/│ +2:5 │ +hơn 19\.700 │ cuộc họp +│ count │ +1 │ Hơn \[19\.700\] cuộc họp\. +│/u);
  });
});

describe('--format annotated', () => {
  it('marks with brackets off a terminal, with colour when forced, never with --no-color', async () => {
    const plain = (await run([fixture, '--format', 'annotated'])).stdout;
    expect(plain).toContain('Theo bà [PER Lê Thị Sương Mai], Chủ tịch [ORG [ABBR LĐLĐ] [LOC [ABBR TP] Cần Thơ]]');
    expect(plain.includes(ESC)).toBe(false);
    const coloured = (await run([fixture, '--format', 'annotated'], undefined, { FORCE_COLOR: '1' })).stdout;
    expect(coloured).toContain(`Theo bà ${ESC}[35mLê Thị Sương Mai${ESC}[39m, Chủ tịch`);
    expect((await run([fixture, '--format', 'annotated', '--no-color'], undefined, { FORCE_COLOR: '1' })).stdout).toBe(plain);
  });
});

describe('--format html', () => {
  it('writes one page for several articles, in input order, with one thread or two', async () => {
    const other = join(dir, 'mua.txt');
    writeFileSync(other, 'Hà Nội mưa lớn\n\nChiều 25/7, hơn 200 hộ dân ở Hà Nội bị ngập.\n');
    for (const jobs of ['1', '2']) {
      const { code, stdout } = jobs === '1' ? await run([fixture, other, '--format', 'html']) : spawnRun([fixture, other, '--format', 'html', '-j', jobs]);
      expect(code).toBe(0);
      expect(stdout.match(/<!DOCTYPE html>/gu)).toHaveLength(1);
      expect(stdout.match(/<\/html>/gu)).toHaveLength(1);
      expect([...stdout.matchAll(/<article class="doc" id="(a\d)">\n<h1 class="source">([^<]+)</gu)].map((m) => [m[1], m[2]])).toEqual([
        ['a1', fixture], ['a2', other],
      ]);
    }
  });

  it('still ends the page when an input is missing, and exits 2', async () => {
    const { code, stdout, stderr } = await run([missing, fixture, '--format', 'html']);
    expect(code).toBe(2);
    expect(stderr).toContain(`article-analyze: ${missing}:`);
    expect(stdout.endsWith('</body>\n</html>\n')).toBe(true);
    expect(stdout.match(/<article /gu)).toHaveLength(1);
  });
});
