#!/usr/bin/env node
// Whole-process wall time of the CLI beside `node -e 0`, measured alternately in one run so that
// both see the same machine load. Prints medians and the ratio (issue: start-up < 2.5x node -e 0).
// Usage: npm run build && node bench/startup.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const fixture = 'fixtures/can-tho-cong-doan.txt';

const commands = {
  'node -e 0': ['-e', '0'],
  'analyze fixture --format json': ['bin/article-analyze.js', fixture, '--format', 'json'],
  'segment fixture': ['bin/article-analyze.js', 'segment', fixture],
  '--help': ['bin/article-analyze.js', '--help'],
};

const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
const entries = Object.entries(commands);
for (let i = 0; i < runs; i++) {
  // The order rotates run by run (see bench/ab.mjs): a process runs faster right after a heavy one.
  for (let k = 0; k < entries.length; k++) {
    const [name, args] = entries[(i + k) % entries.length];
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
    times[name].push(ms);
  }
}

const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times['node -e 0']);
console.log(`start-up, whole process, median of ${runs} alternating runs`);
for (const [name, list] of Object.entries(times)) {
  const m = median(list);
  console.log(`  ${name.padEnd(32)} ${m.toFixed(1).padStart(7)} ms   ${(m / base).toFixed(2)}x node -e 0`);
}
