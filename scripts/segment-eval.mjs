#!/usr/bin/env node
// Word-segmentation accuracy against the gold words of a CoNLL-U file (column 2, FORM, whose
// syllables are separated by spaces): precision, recall and F1 over word spans.
// Usage: npm run build && node scripts/segment-eval.mjs [FILE.conllu] [--limit N] [--dist DIR]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultCorpus, takeOption } from './lib/args.mjs';
import { crfReference } from './lib/crf-reference.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);
const limit = Number(option('--limit', 'Infinity'));
const dist = resolve(option('--dist', new URL('../dist', import.meta.url).pathname));
const file = args[0] ?? defaultCorpus();
const load = (name) => import(pathToFileURL(`${dist}/nlp/${name}.js`).href);
const { segment } = crfReference({ features: await load('features'), tagger: await load('tagger'), tokenize: await load('tokenize') }).vntk('wasm');

// Example: `# text = Trả lời phỏng vấn ,` (the train file also has `# text =Tôi`).
const TEXT_LINE = /^# text =[ ]?/u;
// Example: `14\tủy ban\tủy ban\tNOUN…` (multiword ranges `1-2` and empty nodes `1.1` are skipped).
const WORD_LINE = /^\d+\t/u;
// Example: the space inside `ủy ban`.
const WHITESPACE = /\s+/gu;

const sentences = [];
let current = null;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (TEXT_LINE.test(line)) current = { text: line.replace(TEXT_LINE, ''), gold: [] };
  else if (WORD_LINE.test(line) && current) current.gold.push(line.split('\t')[1] ?? '');
  else if (line.trim() === '' && current) {
    sentences.push(current);
    current = null;
  }
}
if (current) sentences.push(current);

/** Word spans as [start, end) over the sentence's characters with all whitespace removed. */
function spans(words) {
  const out = new Set();
  let at = 0;
  for (const w of words) {
    const length = w.replace(WHITESPACE, '').length;
    out.add(`${at}:${at + length}`);
    at += length;
  }
  return { set: out, length: at };
}

let correct = 0;
let predicted = 0;
let goldTotal = 0;
let skipped = 0;
let exactSentences = 0;
const used = sentences.slice(0, limit);
for (const s of used) {
  const gold = spans(s.gold);
  const ours = spans(segment(s.text));
  if (gold.length !== ours.length) {
    // The text line and the FORM column disagree (or our tokenizer dropped characters).
    skipped++;
    continue;
  }
  let hits = 0;
  for (const span of ours.set) if (gold.set.has(span)) hits++;
  correct += hits;
  predicted += ours.set.size;
  goldTotal += gold.set.size;
  if (hits === gold.set.size && hits === ours.set.size) exactSentences++;
}
const precision = correct / predicted;
const recall = correct / goldTotal;
const f1 = (2 * precision * recall) / (precision + recall);
const pct = (x) => (100 * x).toFixed(2);
console.log(`segment-eval: ${used.length - skipped} of ${used.length} sentences of ${file} (${skipped} skipped: text and FORM column differ)`);
console.log(`  gold words ${goldTotal}, our words ${predicted}, correct ${correct}`);
console.log(`  precision ${pct(precision)}%  recall ${pct(recall)}%  F1 ${pct(f1)}%  sentences exactly right ${pct(exactSentences / (used.length - skipped))}%`);
