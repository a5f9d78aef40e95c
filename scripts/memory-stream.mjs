#!/usr/bin/env node
// Shows that `--input ndjson` keeps memory flat on an unbounded stream: writes a 1 GB NDJSON
// file under the temp folder (records of the bench corpus, each carrying a 48 KB `html` field
// that passes through under `meta`, as archive dumps carry the page), pipes it through
// `article-analyze --input ndjson --format ndjson`, samples the process's resident memory (VmRSS,
// every thread) every second, checks N records in, N lines out, and deletes the file.
// Usage: npm run build && node scripts/memory-stream.mjs [--gb 1]
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArticles } from '../bench/corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const gbArg = process.argv.indexOf('--gb');
const target = (gbArg > 0 ? Number(process.argv[gbArg + 1]) : 1) * 1024 ** 3;
const path = join(tmpdir(), `article-analyze-stream-${process.pid}.ndjson`);

const articles = buildArticles(2000);
const html = `<div class="detail">${'<p>Nội dung trang. </p>'.repeat(2100)}</div>`;
let records = 0;
let bytes = 0;
const out = createWriteStream(path);
while (bytes < target) {
  const a = articles[records % articles.length];
  const line = `${JSON.stringify({ id: `r${records + 1}`, text: a.text, html })}\n`;
  bytes += Buffer.byteLength(line);
  records++;
  if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
}
await new Promise((resolve) => out.end(resolve));
console.log(`stream: ${records} records, ${(bytes / 1024 ** 3).toFixed(2)} GB at ${path}`);

const started = Date.now();
const child = spawn(process.execPath, ['bin/article-analyze.js', '--input', 'ndjson', '--format', 'ndjson'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
createReadStream(path).pipe(child.stdin);
let lines = 0;
let outBytes = 0;
child.stdout.on('data', (chunk) => {
  outBytes += chunk.length;
  for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
});
const samples = [];
const timer = setInterval(() => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0) / 1024;
    samples.push({ seconds: (Date.now() - started) / 1000, rss, lines });
  } catch {
    // The process has ended.
  }
}, 1000);
const code = await new Promise((resolve) => child.on('close', resolve));
clearInterval(timer);
rmSync(path, { force: true });
const seconds = (Date.now() - started) / 1000;
const rss = samples.map((s) => s.rss);
const tenth = Math.max(1, Math.floor(samples.length / 10));
console.log(`exit ${code}; ${lines} lines out for ${records} records in; ${(outBytes / 1024 ** 3).toFixed(2)} GB out; ${seconds.toFixed(0)} s`);
console.log(`resident memory (MB), one sample in ${tenth}: ${samples.filter((_, i) => i % tenth === 0).map((s) => `${s.seconds.toFixed(0)}s ${s.rss.toFixed(0)}`).join(', ')}`);
console.log(`resident memory: max ${Math.max(...rss).toFixed(0)} MB; median of the first tenth ${median(rss.slice(0, tenth)).toFixed(0)} MB, of the last tenth ${median(rss.slice(-tenth)).toFixed(0)} MB`);
console.log(`temporary file deleted: ${path}`);
if (code !== 0 || lines !== records) process.exitCode = 1;

function median(list) {
  const s = [...list].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
