#!/usr/bin/env node
// `npm run eval`: scores every extractor on the independently annotated treebank sentences
// (../shared/data/ud-vtb-annotated.jsonl), `dev-*` (tuned on) beside `train-s*` (unseen), with the
// scoring rules of that corpus' README. Reads dist/ (npm run eval builds first).
//
//   node scripts/eval.mjs [--corpus FILE] [--json] [--errors entities|numbers|dates|abbreviations]
//
// --errors prints the dev-* errors of one extractor, one per line, for tuning. It never prints
// train-s* errors: that split is read by its scores only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreSentence, emptyTotals, addTotals, summarize } from './lib/score.mjs';
import { takeOption } from './lib/args.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => takeOption(args, name, undefined);
const corpus = opt('--corpus') ?? `${root}../shared/data/ud-vtb-annotated.jsonl`;
const errorsOf = opt('--errors');
if (!existsSync(corpus)) {
  console.error(`eval: no corpus at ${corpus} (pass --corpus FILE)`);
  process.exit(2);
}
const { analyze } = await import(new URL('../dist/index.js', import.meta.url).href);

const sentences = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const splits = { dev: emptyTotals(), unseen: emptyTotals() };
for (const gold of sentences) {
  const split = gold.id.startsWith('dev-') ? 'dev' : 'unseen';
  const analysis = analyze(gold.text);
  const result = scoreSentence(gold, analysis);
  addTotals(splits[split], result.totals);
  if (errorsOf && split === 'dev') {
    for (const e of result.errors[errorsOf] ?? []) console.log(`${gold.id}\t${e}`);
  }
}
if (errorsOf) process.exit(0);

const table = { dev: summarize(splits.dev), unseen: summarize(splits.unseen) };
if (args.includes('--json')) {
  console.log(JSON.stringify(table, null, 2));
} else {
  const rows = Object.keys(table.dev);
  const width = Math.max(...rows.map((r) => r.length));
  console.log(`Corpus: ${corpus.replace(root, '')} (${sentences.length} sentences)`);
  console.log(`${'measure'.padEnd(width)}  dev-*   train-s* (unseen)`);
  for (const r of rows) {
    const f = (v) => (v === null ? '   -  ' : v.toFixed(3).padStart(6));
    console.log(`${r.padEnd(width)}  ${f(table.dev[r])}  ${f(table.unseen[r])}`);
  }
}
