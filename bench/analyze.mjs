#!/usr/bin/env node
// The whole analysis of the fixture article inside one process: the first call (which loads
// models and data) and the median of later calls. Usage: npm run build && node bench/analyze.mjs [--runs N]
import { readFileSync } from 'node:fs';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;
const text = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8');
const { analyze } = await import(new URL('../dist/index.js', import.meta.url).href);

let start = performance.now();
analyze(text);
const first = performance.now() - start;
const times = [];
for (let i = 0; i < runs; i++) {
  start = performance.now();
  analyze(text);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`analyze(fixture): first call ${first.toFixed(1)} ms (loads models and data), then median ${median.toFixed(1)} ms over ${runs} runs (${text.length} characters)`);
