#!/usr/bin/env node
// Articles per second of the whole CLI on the 2,000-article treebank corpus (bench/corpus.mjs),
// with --jobs left at its default (the number of cores), read two ways: as 2,000 files, and as
// one NDJSON stream (--input ndjson). Also `summary` over the same stream, whose cost beyond the
// analyses should be a few percent. The load average is printed beside the figures because the
// machine may be shared, and so is the CPU time of the whole process (every thread), whose
// articles per CPU-second is what a cluster is sized by and what load does not change much.
// Usage: npm run build && node bench/throughput.mjs [--count N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArticles } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const countArg = process.argv.indexOf('--count');
const count = countArg > 0 ? Number(process.argv[countArg + 1]) : 2000;
const articles = buildArticles(count);
const dir = mkdtempSync(join(tmpdir(), 'article-analyze-bench-'));
const files = articles.map((a) => {
  const path = join(dir, `${a.id}.txt`);
  writeFileSync(path, a.text);
  return path;
});
const ndjsonPath = join(dir, 'corpus.ndjson');
writeFileSync(ndjsonPath, articles.map((a) => `${JSON.stringify(a)}\n`).join(''));
const characters = articles.reduce((n, a) => n + a.text.length, 0);

const rusagePath = join(dir, 'rusage.json');

function time(name, args) {
  const load = loadavg()[0];
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', './bench/rusage.cjs', 'bin/article-analyze.js', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, RUSAGE_OUT: rusagePath },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
  const { cpuSeconds, maxRssKb } = JSON.parse(readFileSync(rusagePath, 'utf8'));
  console.log(
    `  ${name.padEnd(40)} ${seconds.toFixed(1).padStart(5)} s ${(count / seconds).toFixed(0).padStart(4)} articles/s` +
      ` | CPU ${cpuSeconds.toFixed(1).padStart(5)} s, ${(count / cpuSeconds).toFixed(0).padStart(3)} articles/s per core` +
      ` | max RSS ${(maxRssKb / 1024).toFixed(0)} MB | load ${load.toFixed(1)}`,
  );
  return seconds;
}

console.log(`throughput: ${count} articles (${(characters / count).toFixed(0)} characters each on average), ${availableParallelism()} cores, --jobs default`);
try {
  time('analyze FILES --format ndjson', [...files, '--format', 'ndjson']);
  const analyses = time('analyze --input ndjson --format ndjson', ['--input', 'ndjson', '--format', 'ndjson', ndjsonPath]);
  const summary = time('summary --input ndjson --format json', ['summary', '--input', 'ndjson', '--format', 'json', ndjsonPath]);
  console.log(`  summary beyond the analyses: ${(((summary - analyses) / analyses) * 100).toFixed(1)}%`);
  time('analyze --input ndjson --jobs 1', ['--input', 'ndjson', '--format', 'ndjson', '--jobs', '1', ndjsonPath]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
