// --jobs: the piscina pool gives, in input order, exactly what one thread gives, with the user
// dictionary reaching every worker. Through the built binary (the workers run dist/bin/worker.js).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/article-analyze.js');
const dir = mkdtempSync(join(tmpdir(), 'aa-jobs-'));
const dict = join(dir, 'dict.tsv');
writeFileSync(dict, 'BQL\tBan quản lý\n');

function run(args: string[], input: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.end(input);
  });
}

// 40 lines of varying length, so that workers finish out of order.
const LINES = Array.from({ length: 40 }, (_, i) => `Dòng ${i}: BQL dự án ${'tỉnh Quảng Nam '.repeat(1 + ((i * 7) % 11))}chi ${i + 1}.000 đồng.`).join('\n');

describe('--jobs', () => {
  it('prints with 2 threads exactly what 1 thread prints, in input order, with the user dictionary', async () => {
    const [one, two] = await Promise.all([
      run(['--lines', '--format', 'ndjson', '--dict', dict, '--jobs', '1'], LINES),
      run(['--lines', '--format', 'ndjson', '--dict', dict, '--jobs', '2'], LINES),
    ]);
    expect([one.code, two.code]).toEqual([0, 0]);
    const lines = two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((a) => a.line)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(lines[0].abbreviations.map((a: { short: string; expansion: string; source: string }) => [a.short, a.expansion, a.source])).toEqual([['BQL', 'Ban quản lý', 'user']]);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);
});
