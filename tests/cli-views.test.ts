// The human views through the real built binary: the table's places and contexts come from the
// text each document was read from, annotated marks with brackets off a terminal, html is one
// page for the whole run. `npm test` builds first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/article-analyze.js');
const fixture = join(root, 'fixtures/can-tho-cong-doan.txt');
const dir = mkdtempSync(join(tmpdir(), 'aa-views-'));
const ESC = '\u001b';

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { input, cwd: dir, env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

describe('--format table with the text', () => {
  it('shows the lead, the captions, places as line:col of the file and contexts', () => {
    const { code, stdout } = run([fixture, '--format', 'table']);
    expect(code).toBe(0);
    expect(stdout).toContain('\nLead      Các cấp công đoàn (CĐ) TP Cần Thơ đã triển khai nhiều');
    expect(stdout).toContain('\nCaptions  1\n');
    // `CĐ` first used on line 5 (the lead), column 20.
    expect(stdout).toMatch(/│ CĐ +│ công đoàn +│ inline +│ +8 │ +5:20 │/u);
    // The context wraps in its column (the unit column holds whole counted nouns like `nhóm truyền thông`).
    expect(stdout).toMatch(/│ …tổ chức hơn +│\n│ .*│ \[19\.700\] cuộc +│/u);
  });

  it('counts lines of the file with --lines, and stdin works the same', () => {
    const { stdout } = run(['--lines', '--format', 'table'], 'Mưa to.\nHơn 19.700 cuộc họp.\n');
    expect(stdout).toMatch(/│ +2:5 │ +hơn 19\.700 │ cuộc họp +│ count │ +1 │ Hơn \[19\.700\] cuộc họp\. +│/u);
  });
});

describe('--format annotated', () => {
  it('marks with brackets off a terminal, with colour when forced, never with --no-color', () => {
    const plain = run([fixture, '--format', 'annotated']).stdout;
    expect(plain).toContain('Theo bà [PER Lê Thị Sương Mai], Chủ tịch [ORG [ABBR LĐLĐ] [LOC [ABBR TP] Cần Thơ]]');
    expect(plain.includes(ESC)).toBe(false);
    const coloured = run([fixture, '--format', 'annotated'], undefined, { FORCE_COLOR: '1' }).stdout;
    expect(coloured).toContain(`Theo bà ${ESC}[35mLê Thị Sương Mai${ESC}[39m, Chủ tịch`);
    expect(run([fixture, '--format', 'annotated', '--no-color'], undefined, { FORCE_COLOR: '1' }).stdout).toBe(plain);
  });
});

describe('--format html', () => {
  it('writes one page for several articles, in input order, with one thread or two', () => {
    const other = join(dir, 'mua.txt');
    writeFileSync(other, 'Hà Nội mưa lớn\n\nChiều 25/7, hơn 200 hộ dân ở Hà Nội bị ngập.\n');
    for (const jobs of ['1', '2']) {
      const { code, stdout } = run([fixture, other, '--format', 'html', '-j', jobs]);
      expect(code).toBe(0);
      expect(stdout.match(/<!DOCTYPE html>/gu)).toHaveLength(1);
      expect(stdout.match(/<\/html>/gu)).toHaveLength(1);
      expect([...stdout.matchAll(/<article class="doc" id="(a\d)">\n<h1 class="source">([^<]+)</gu)].map((m) => [m[1], m[2]])).toEqual([
        ['a1', fixture], ['a2', other],
      ]);
    }
  });

  it('still ends the page when an input is missing, and exits 2', () => {
    const { code, stdout, stderr } = run(['missing.txt', fixture, '--format', 'html']);
    expect(code).toBe(2);
    expect(stderr).toContain('article-analyze: missing.txt:');
    expect(stdout.endsWith('</body>\n</html>\n')).toBe(true);
    expect(stdout.match(/<article /gu)).toHaveLength(1);
  });
});
