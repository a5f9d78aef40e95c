#!/usr/bin/env node
// Throughput of our segmentation and POS+NER against vntk's own API, on the same UD dev sentences,
// in one run: syllables per second (median of several runs) and the ratio.
// Usage: npm run build && node bench/segment.mjs [--sentences N] [--runs N] [--file F.conllu] [--dist DIR] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crfReference } from '../scripts/lib/crf-reference.mjs';

// The UD dev file beside the checkout (../shared/data), else the 120-sentence sample in fixtures/.
function defaultCorpus() {
  const shared = new URL('../../shared/data/vi_vtb-ud-dev.conllu', import.meta.url);
  return existsSync(shared) ? shared.pathname : new URL('../fixtures/ud-vtb/vi_vtb-ud-dev-sample.conllu', import.meta.url).pathname;
}

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args[i + 1];
};
const sentences = Number(option('--sentences', '200'));
const runs = Number(option('--runs', '5'));
const file = option('--file', defaultCorpus());
const dist = resolve(option('--dist', new URL('../dist', import.meta.url).pathname));
const asJson = args.includes('--json');

// Example: `# text = Trả lời phỏng vấn ,`
const TEXT_LINE = /^# text =[ ]?/u;
const all = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => TEXT_LINE.test(l))
  .map((l) => l.replace(TEXT_LINE, ''));
// Spread over the file rather than its first stories.
const step = Math.max(1, Math.floor(all.length / sentences));
const lines = all.filter((_, i) => i % step === 0).slice(0, sentences);

const loadStart = performance.now();
const load = (name) => import(pathToFileURL(`${dist}/nlp/${name}.js`).href);
const tokenizer = await load('tokenize');
const { tokenize } = tokenizer;
// The vntk-format API over our decoder, and over the crfsuite addon for comparison (parity-only code).
const ref = crfReference({ features: await load('features'), tagger: await load('tagger'), tokenize: tokenizer });
const ours = ref.vntk('wasm');
const syllables = lines.reduce((n, l) => n + tokenize(l).length, 0);
ours.segment('Khởi động');
const oursLoadMs = performance.now() - loadStart;
const vntkStart = performance.now();
// vntk's submodules directly (its index.js needs the fasttext addon); loading them reads its dictionary.
const vntkSegment = require('vntk/lib/word_tokenizer');
vntkSegment.tag('Khởi động');
const vntkLoadMs = performance.now() - vntkStart;
const vntkNer = require('vntk/lib/ner');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Syllables/second of one pass of `fn` over all lines. */
function pass(fn) {
  const t = performance.now();
  for (const l of lines) fn(l);
  return syllables / ((performance.now() - t) / 1000);
}

/** Median rate of `fn` after one warm-up pass. */
function measure(fn, times) {
  pass(fn);
  return median(Array.from({ length: times }, () => pass(fn)));
}

/**
 * vntk and ours, runs interleaved so that both see the same machine load (the machine is shared);
 * vntk is ~100 times slower, so it gets fewer runs. Medians of each.
 */
function compare(vntkFn, oursFn) {
  pass(vntkFn);
  pass(oursFn);
  const v = [];
  const o = [];
  for (let r = 0; r < Math.max(runs, vntkRuns); r++) {
    if (r < runs) o.push(pass(oursFn));
    if (r < vntkRuns) v.push(pass(vntkFn));
  }
  return { vntk: median(v), ours: median(o) };
}

const vntkRuns = Math.max(1, Math.min(runs, 3));
const results = {
  sentences: lines.length,
  syllables,
  runs: { ours: runs, vntk: vntkRuns },
  loadMs: { ours: Math.round(oursLoadMs), vntk: Math.round(vntkLoadMs) },
  segment: compare((l) => vntkSegment.tag(l), (l) => ours.segment(l)),
  posNer: compare((l) => vntkNer.tag(l), (l) => ours.nerTag(l)),
};
// Our features through the crfsuite addon instead of our own decoder: where the time goes.
const withCrfsuite = ref.vntk('crfsuite');
results.segment.oursWithCrfsuite = measure((l) => withCrfsuite.segment(l), runs);
results.posNer.oursWithCrfsuite = measure((l) => withCrfsuite.nerTag(l), runs);
for (const k of ['segment', 'posNer']) results[k].ratio = results[k].ours / results[k].vntk;

if (asJson) {
  console.log(JSON.stringify(results));
} else {
  const f = (x) => Math.round(x).toLocaleString('en-US').padStart(9);
  console.log(`bench/segment: ${lines.length} sentences, ${syllables} syllables of ${file}; median of ${runs} runs (vntk: ${vntkRuns})`);
  console.log(`  load (first call)        ours ${results.loadMs.ours} ms, vntk ${results.loadMs.vntk} ms`);
  console.log('                            vntk API      ours   ours+crfsuite addon   ratio ours/vntk');
  for (const [k, name] of [['segment', 'segmentation'], ['posNer', 'seg+POS+chunk+NER']]) {
    const r = results[k];
    console.log(`  ${name.padEnd(20)} ${f(r.vntk)} ${f(r.ours)} ${f(r.oursWithCrfsuite)}            ${r.ratio.toFixed(1).padStart(6)}x   (syllables/s)`);
  }
}
