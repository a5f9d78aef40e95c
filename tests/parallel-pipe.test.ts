// The NDJSON mode keeps the contract of line-oriented engines (GNU parallel --pipe, Hadoop
// Streaming, Spark's RDD.pipe): split the stream anywhere between lines, run the pieces
// anywhere, concatenate the outputs in order, and get exactly a single process's output.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/article-analyze.js');

function hasParallel(): boolean {
  try {
    return execFileSync('parallel', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).startsWith('GNU parallel');
  } catch {
    return false;
  }
}
const parallel = hasParallel();
// Skipped visibly: vitest lists the test as skipped, and this line says why.
if (!parallel) console.warn('tests/parallel-pipe.test.ts: GNU parallel is not installed (apt-get install parallel); the --pipe test is skipped');

// Sentences written for this test, combined into 110 records: three chunks (50, 50, 10) for
// -N 50. Three chunks test what 500-record chunks would (each chunk a process, output in order,
// line numbers per chunk) at a tenth of the records.
const SENTENCES = [
  'Sáng 12/3, UBND TP Đà Nẵng tổ chức hội nghị tổng kết công tác năm 2023.',
  'Ông Trần Văn Bình, Giám đốc Sở Y tế, cho biết đã có hơn 1.200 ca sốt xuất huyết.',
  'Tổng kinh phí dự án khoảng 3,5 tỷ đồng, dự kiến hoàn thành vào quý II/2024.',
  'Hội Nông dân (HND) xã Tân Phú đã hỗ trợ 45 hộ nghèo.',
  'Giá vàng tăng 2% so với tuần trước.',
];
const record = (i: number) => JSON.stringify({ id: `r${i}`, text: SENTENCES[i % 5], dateline: `2023-${String(1 + (i % 12)).padStart(2, '0')}-15`, page: i % 7 });
const GOOD = Array.from({ length: 110 }, (_, i) => record(i)).join('\n');
// Every 23rd record from the 14th is bad: 5 of them (13, 36 | 59, 82 | 105), in all three chunks.
const MIXED = Array.from({ length: 110 }, (_, i) => (i % 23 === 13 ? `{"id":"r${i}","text":${i}}` : record(i))).join('\n');

/** Runs a command with `input` on stdin; asynchronous, so that vitest's worker stays responsive. */
function run(command: string, args: string[], input: string): Promise<{ status: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input);
  });
}
const ARGS = [bin, '--input', 'ndjson', '--format', 'ndjson'];
const single = (input: string) => run(process.execPath, ARGS, input);
const split = (input: string) => run('parallel', ['--pipe', '--keep-order', '-N', '50', '-j', '2', process.execPath, ...ARGS], input);

describe('parallel --pipe --keep-order -N 50', () => {
  it.skipIf(!parallel)('prints byte for byte what one process prints', async () => {
    const [one, many] = await Promise.all([single(GOOD), split(GOOD)]);
    expect(one.stdout.toString('utf8').split('\n')).toHaveLength(111);
    // A failure shows what the processes said.
    expect([one.status, many.status], `stderr: ${one.stderr}${many.stderr}`).toEqual([0, 0]);
    expect(many.stdout.toString('utf8')).toBe(one.stdout.toString('utf8'));
  }, 120_000);

  it.skipIf(!parallel)('keeps bad records in place; their line numbers count from the start of their chunk', async () => {
    const [whole, many] = await Promise.all([single(MIXED), split(MIXED)]);
    const one = whole.stdout.toString('utf8').trimEnd().split('\n');
    const lines = many.stdout.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(110);
    // Each chunk's process exits 2 for its bad records, and parallel exits with the number of failed jobs.
    expect(many.status, `stderr: ${many.stderr}`).toBe(3);
    const errors = (list: string[]) => list.map((l) => JSON.parse(l)).filter((o) => o.error).map((o) => [o.id, o.line]);
    expect(errors(lines)).toEqual(Array.from({ length: 5 }, (_, k) => [`r${13 + 23 * k}`, ((13 + 23 * k) % 50) + 1]));
    expect(errors(one)).toEqual(Array.from({ length: 5 }, (_, k) => [`r${13 + 23 * k}`, 13 + 23 * k + 1]));
    const withoutLine = (list: string[]) => list.map((l) => l.replace(/"line":\d+,/u, ''));
    expect(withoutLine(lines)).toEqual(withoutLine(one));
  }, 120_000);
});
