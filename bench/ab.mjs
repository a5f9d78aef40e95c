#!/usr/bin/env node
// This build against another one (a checkout of an older commit, built), in the same run, for a
// change's before/after figures on a machine that other work shares:
//   - analyze() over the treebank corpus (bench/corpus.mjs), both builds loaded in one process,
//     batches alternating between them, CPU time per batch (load stretches wall time far more);
//   - whole-process start-up of `analyze fixture --format json`, alternating with `node -e 0`.
// Prints medians and the ratio this/other.
//
//   git worktree add /tmp/before <rev> && (cd /tmp/before && npm ci && npm run build)
//   npm run build && node bench/ab.mjs /tmp/before [--batches N] [--runs N]
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeOption } from '../scripts/lib/args.mjs';
import { buildArticles } from './corpus.mjs';

const args = process.argv.slice(2);
const batches = Number(takeOption(args, '--batches', '24'));
const runs = Number(takeOption(args, '--runs', '15'));
const other = args[0];
if (!other) {
  console.error('usage: node bench/ab.mjs OTHER_ROOT [--batches N] [--runs N]');
  process.exit(2);
}
const roots = { this: fileURLToPath(new URL('..', import.meta.url)), other: resolve(other) };
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

async function throughput() {
  const size = 25;
  const articles = buildArticles(batches * size);
  const analyzers = {};
  for (const [name, root] of Object.entries(roots)) analyzers[name] = (await import(`${root}/dist/index.js`)).analyze;
  // Warm both: the figures are for the steady state.
  for (const analyze of Object.values(analyzers)) for (const a of articles.slice(0, 60)) analyze(a.text);
  const ms = { this: [], other: [] };
  const ratios = [];
  for (let b = 0; b < batches; b++) {
    const batch = articles.slice(b * size, (b + 1) * size);
    const order = b % 2 ? ['this', 'other'] : ['other', 'this'];
    const took = {};
    for (const name of order) {
      const start = process.cpuUsage();
      for (const a of batch) analyzers[name](a.text);
      const used = process.cpuUsage(start);
      took[name] = (used.user + used.system) / 1000 / size;
      ms[name].push(took[name]);
    }
    ratios.push(took.this / took.other);
  }
  console.log(`analyze(), ${batches} batches of ${size} articles, CPU ms per article (median): this ${median(ms.this).toFixed(2)}, other ${median(ms.other).toFixed(2)}; this/other per batch: median ${median(ratios).toFixed(3)}`);
}

function startup() {
  const fixture = 'fixtures/can-tho-cong-doan.txt';
  const commands = {
    'node -e 0': [roots.this, ['-e', '0']],
    this: [roots.this, ['bin/article-analyze.js', fixture, '--format', 'json']],
    other: [roots.other, ['bin/article-analyze.js', fixture, '--format', 'json']],
  };
  const times = { 'node -e 0': [], this: [], other: [] };
  const entries = Object.entries(commands);
  for (let i = 0; i < runs; i++) {
    // The order rotates run by run: on this machine a process runs faster right after a heavy
    // one than after a light one (node -e 0), so a fixed order favours whoever comes later.
    for (let k = 0; k < entries.length; k++) {
      const [name, [cwd, argv]] = entries[(i + k) % entries.length];
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
      if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const base = median(times['node -e 0']);
  const line = (name) => `${name} ${median(times[name]).toFixed(0)} ms = ${(median(times[name]) / base).toFixed(2)}x`;
  console.log(`start-up, analyze fixture --format json, median of ${runs}: node -e 0 ${base.toFixed(0)} ms; ${line('this')}; ${line('other')}`);
}

await throughput();
startup();
