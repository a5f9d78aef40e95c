#!/usr/bin/env node
// Parity of our NLP layer with vntk's own API: prints the number of differing lines per stage.
// Usage: npm run build && node scripts/parity.mjs [FILE.conllu|FILE.txt] [--limit N] [--stage segment|pos|ner]
//          [--backend wasm|crfsuite] [--reference vntk|crfsuite] [--dist DIR] [--show N]
// --reference crfsuite compares our pure-JS CRF decoder with the crfsuite addon on the same
// features (fast: no vntk); the default compares with vntk's own API end to end.
// A .conllu file contributes its `# text = ` lines; any other file, its non-empty lines.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultCorpus, takeOption } from './lib/args.mjs';
import { crfReference } from './lib/crf-reference.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);
const limit = Number(option('--limit', 'Infinity'));
const stage = option('--stage', 'ner');
const show = Number(option('--show', '3'));
const backend = option('--backend', 'wasm');
const reference = option('--reference', 'vntk');
const dist = resolve(option('--dist', new URL('../dist', import.meta.url).pathname));
const file = args[0] ?? defaultCorpus();
if (!['segment', 'pos', 'ner'].includes(stage)) {
  console.error(`parity: unknown stage ${stage}`);
  process.exit(2);
}

const raw = readFileSync(file, 'utf8');
// Example: `# text = Trả lời phỏng vấn ,` (the train file also has `# text =Tôi`, without a space).
const TEXT_LINE = /^# text =[ ]?/u;
const lines = (
  file.endsWith('.conllu')
    ? raw.split('\n').filter((l) => TEXT_LINE.test(l)).map((l) => l.replace(TEXT_LINE, ''))
    : raw.split('\n').filter((l) => l.trim() !== '')
).slice(0, limit);

const load = (name) => import(pathToFileURL(`${dist}/nlp/${name}.js`).href);
const ref = crfReference({ features: await load('features'), tagger: await load('tagger'), tokenize: await load('tokenize') });
const ours = ref.vntk(backend);
// vntk's submodules directly: its index.js needs the fasttext addon, which we do not build.
const vntkSegment = reference === 'vntk' ? require('vntk/lib/word_tokenizer') : null;
const vntkPos = reference === 'vntk' && stage !== 'segment' ? require('vntk/lib/pos_tag') : null;
const vntkNer = reference === 'vntk' && stage === 'ner' ? require('vntk/lib/ner') : null;

const stages = stage === 'segment' ? ['segment'] : stage === 'pos' ? ['segment', 'pos'] : ['segment', 'pos', 'chunk', 'ner'];
const differing = Object.fromEntries(stages.map((s) => [s, 0]));
const examples = Object.fromEntries(stages.map((s) => [s, []]));
const note = (s, line, theirs, mine) => {
  differing[s]++;
  if (examples[s].length < show) examples[s].push({ line, vntk: theirs, ours: mine });
};
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const started = Date.now();
// Our pipeline with the crfsuite addon as the reference: the same features through both decoders.
const crfsuite = ref.vntk('crfsuite');

for (const line of lines) {
  if (reference === 'crfsuite') {
    const tagWith = (api) => (stage === 'segment' ? api.segment(line).map((w) => [w]) : stage === 'pos' ? api.posTag(line) : api.nerTag(line));
    const theirs = tagWith(crfsuite);
    const mine = tagWith(ours);
    stages.forEach((s, column) => {
      const pick = (rows) => rows.map((r) => r[column]);
      if (!same(pick(theirs), pick(mine))) note(s, line, pick(theirs), pick(mine));
    });
    continue;
  }
  if (stage === 'segment') {
    const theirs = vntkSegment.tag(line, 'text');
    const mine = ours.segmentToString(line);
    if (theirs !== mine) note('segment', line, theirs, mine);
    continue;
  }
  // One vntk call gives every stage: its NER rows carry the words, POS and chunk tags it used.
  const theirs = stage === 'pos' ? vntkPos.tag(line) : vntkNer.tag(line);
  const mine = stage === 'pos' ? ours.posTag(line) : ours.nerTag(line);
  stages.forEach((s, column) => {
    const pick = (rows) => rows.map((r) => (column === 0 ? r[0] : r[column]));
    if (!same(pick(theirs), pick(mine))) note(s, line, pick(theirs), pick(mine));
  });
}

console.log(`parity (ours: ${backend} CRF; reference: ${reference}): ${lines.length} lines of ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
for (const s of stages) {
  console.log(`  ${s.padEnd(8)} differing lines: ${differing[s]}`);
  for (const e of examples[s]) console.log(`    ${JSON.stringify(e)}`);
}
process.exitCode = stages.some((s) => differing[s] > 0) ? 1 : 0;
